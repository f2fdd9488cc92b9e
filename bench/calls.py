# calls: the cost of calling things: plain functions, methods, bound
# methods, closures, keyword and default arguments, *args/**kwargs,
# staticmethod/classmethod and __call__.
import sys

N = 400_000
if "--quick" in sys.argv[1:]:
    N = 3_000


def add(a, b):
    return a + b


def with_defaults(a, b=2, c=3):
    return a * b + c


def keyword_only(a, *, scale=1, shift=0):
    return a * scale + shift


def varargs(*args, **kwargs):
    return len(args) + len(kwargs)


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count
    return bump


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


class Accumulator:
    factor = 3

    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total += x
        return self

    def add_scaled(self, x, scale=1):
        self.total += x * scale
        return self.total

    @staticmethod
    def square(x):
        return x * x

    @classmethod
    def triple(cls, x):
        return x * cls.factor

    def __call__(self, x):
        self.total -= x
        return self.total


class Derived(Accumulator):
    def add(self, x):
        return Accumulator.add(self, x + 1)


def recurse(n):
    if n == 0:
        return 0
    return 1 + recurse(n - 1)


def main():
    total = 0
    for i in range(N):
        total += add(i, 1)
        total += with_defaults(i)
        total += with_defaults(i, c=1)
        total += keyword_only(i, scale=2)
        total += keyword_only(i, shift=-1, scale=3)
    print("functions", total)

    acc = Accumulator()
    der = Derived()
    method = acc.add
    for i in range(N):
        acc.add(i)
        method(1)
        der.add(i)
        acc.add_scaled(i, scale=2)
        acc(i)
    print("methods", acc.total, der.total)

    s = 0
    for i in range(N):
        s += Accumulator.square(i & 255) + Accumulator.triple(i & 15) + acc.square(3)
    print("static/class", s)

    bump = make_counter(3)
    inc = make_adder(5)
    both = compose(inc, make_adder(-2))
    s = 0
    for i in range(N):
        bump()
        s += inc(i) + both(i)
    print("closures", bump(), s)

    s = 0
    args = (1, 2, 3)
    kw = {"x": 1, "y": 2}
    for i in range(N // 2):
        s += varargs(*args, **kw) + varargs(i) + varargs(a=i)
        s += add(*args[:2]) + with_defaults(**{"a": i, "b": 1})
    print("star-args", s)

    s = 0
    for i in range(N // 100):
        s += recurse(100)
    print("recursion", s)
    print("sorted with key", sorted(range(20), key=lambda v: (v % 3, -v)))


main()
