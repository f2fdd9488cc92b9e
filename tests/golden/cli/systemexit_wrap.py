# cli: -c "import sys; sys.exit(256 + 7)"
# check: stderr code
# The status is taken modulo 256 by the OS.
