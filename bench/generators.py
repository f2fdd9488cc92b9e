# generators: a data pipeline built from generator functions (source,
# map, filter, windowing, flattening, yield from) consumed lazily.
import sys

N = 1_200_000
if "--quick" in sys.argv[1:]:
    N = 5_000


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scaled(src, k):
    for x in src:
        yield x * k % 1009


def only_odd(src):
    for x in src:
        if x & 1:
            yield x


def pairs(src):
    it = iter(src)
    for a in it:
        b = next(it, None)
        if b is None:
            return
        yield a, b


def windows(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            del buf[0]


def flatten(src):
    for item in src:
        yield from item


def take(src, n):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x


def running_total(src):
    total = 0
    for x in src:
        total += x
        yield total


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    s1 = sum(a * b % 97 for a, b in pairs(only_odd(scaled(numbers(N), 7))))
    print("pairs", s1)
    s2 = 0
    for w in windows(scaled(numbers(N // 2), 13), 4):
        s2 = (s2 + w[0] - w[3] + w[1] * w[2]) % 1000003
    print("windows", s2)
    last = 0
    for last in running_total(flatten(pairs(numbers(N)))):
        pass
    print("running total", last)
    print("fib", sum(1 for f in take(fib(), 3000) if f % 3 == 0),
          str(list(take(fib(), 200))[-1])[-12:])
    gens = [scaled(numbers(N // 100), k) for k in range(1, 51)]
    print("zip-max", sum(max(t) for t in zip(*gens)))
    g = numbers(10)
    print(next(g), next(g), list(g), list(g))


main()
