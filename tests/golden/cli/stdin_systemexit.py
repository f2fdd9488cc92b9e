# cli: -
# check: code
# sys.exit inside a program read from stdin.
