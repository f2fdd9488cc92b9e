# cli: -c "import sys; print(__name__, repr(sys.path[0]), sys.argv[0])"
# -c: __name__ is __main__ and sys.path[0] is the empty string.
