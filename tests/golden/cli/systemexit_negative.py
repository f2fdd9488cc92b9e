# cli: -c "import sys; sys.exit(-1)"
# check: stderr code
# -1 becomes 255.
