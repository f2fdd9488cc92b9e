# check: stderr code
# Uncaught chained exceptions print both sections, with CPython's separators.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("cannot parse %r" % s) from e


try:
    parse("x1")
except RuntimeError:
    raise KeyError("while handling")
