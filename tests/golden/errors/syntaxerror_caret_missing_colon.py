# check: stderr code
# expected ':' at the end of a def line.
def f(x)
    return x
