# cli: -c "import sys\ntry:\n    sys.exit(6)\nfinally:\n    print(1)"
try:
    sys.exit(6)
finally:
    print('finally runs')"
# check: stderr code
# finally blocks run on the way out.
