# cli: -c "import sys; sys.exit(2.5)"
# check: stderr code
# A float code is printed like a message: status 1.
