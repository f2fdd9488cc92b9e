# cli: -c "import sys; print('out'); sys.exit('fatal: bye')"
# check: stderr code
# sys.exit(str): the message on stderr, status 1.
