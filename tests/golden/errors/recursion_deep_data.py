# Data nested 100,000 deep: repr, str and == raise RecursionError (they
# recurse), and freeing million-deep chains of lists, tuples, dicts and
# instances never overflows the C stack. (hash() of a 100,000-deep tuple
# recurses in C in CPython and in pith without a guard; not tested here.)
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except RecursionError as e:
        print(label, "RecursionError", e)


l = []
for i in range(100000):
    l = [l]
attempt("repr list", lambda: len(repr(l)))
attempt("str list", lambda: len(str(l)))
m = []
for i in range(100000):
    m = [m]
attempt("== lists", lambda: l == m)
d = {}
for i in range(100000):
    d = {"k": d}
attempt("repr dict", lambda: len(repr(d)))
t = ()
for i in range(100000):
    t = (t,)
attempt("repr tuple", lambda: len(repr(t)))
del l, m, d, t

x = None
for i in range(1000000):
    x = [x]
del x
print("freed list chain")
x = None
for i in range(1000000):
    x = (x, 1)
del x
print("freed tuple chain")
x = None
for i in range(1000000):
    x = {"a": x}
del x
print("freed dict chain")


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


x = None
for i in range(1000000):
    x = Node(x)
x = None
print("freed instance chain")
x = None
for i in range(300000):
    x = [x, x]
    x = x[1:]
x = None
print("freed chain of slices")
