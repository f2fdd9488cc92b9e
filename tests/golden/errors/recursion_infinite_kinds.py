# Infinite recursion of every kind raises RecursionError (never a crash), and
# the program carries on normally afterwards.
import sys


def attempt(label, fn):
    try:
        fn()
        print(label, "returned")
    except RecursionError as e:
        print(label, "RecursionError", str(e).split(" while ")[0])


def plain():
    return plain()


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


class Getattr:
    def __getattr__(self, name):
        return getattr(self, name)


class Repr:
    def __repr__(self):
        return repr(self)


class Eq:
    def __eq__(self, other):
        return self == other


class Prop:
    @property
    def p(self):
        return self.p


class Init:
    def __init__(self):
        Init()


class Len:
    def __len__(self):
        return len(self)


class Iter:
    def __iter__(self):
        return iter(self)


class Call:
    def __call__(self):
        return self()


def gen():
    yield from gen()


def with_default(x=None):
    return with_default(x)


def catch_and_recurse(n=0):
    try:
        return catch_and_recurse(n + 1)
    except ZeroDivisionError:
        return 0


attempt("plain", plain)
attempt("mutual", lambda: mutual_a(0))
rec = lambda: rec()
attempt("lambda self", rec)
attempt("__getattr__", lambda: Getattr().x)
attempt("__repr__", lambda: repr(Repr()))
attempt("__eq__", lambda: Eq() == 1)
attempt("property", lambda: Prop().p)
attempt("__init__", Init)
attempt("__len__", lambda: len(Len()))
attempt("__iter__", lambda: iter(Iter()))
attempt("__call__", Call())
attempt("yield from", lambda: list(gen()))
attempt("default arg", with_default)
attempt("catch other", catch_and_recurse)
attempt("str.format", lambda: "{}".format(Repr()))
attempt("sorted key", lambda: sorted([1, 2], key=lambda v: plain()))
attempt("map", lambda: list(map(lambda v: plain(), [1])))

# The limit is restored: ordinary deep-but-finite recursion still works.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
sys.setrecursionlimit(3000)
print(depth(2500))
attempt("after raising the limit", plain)
