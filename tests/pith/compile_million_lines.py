# timeout: 240
# A 1,000,000-line source compiles without quadratic blow-up: the time for
# 1M lines stays within a generous factor of ten times the time for 100k
# lines (linear would be 10x; quadratic 100x), for several shapes of code.
# pith-only because it times things; guards src/compile/* (lexer line
# tables, parser vectors, symbol tables, code generator, line number tables).
import time


def best(src, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        code = compile(src, "<big>", "exec")
        times.append(time.perf_counter() - t0)
    return min(times), code


SHAPES = [
    ("same statement", lambda n: "x = 1\n" * n),
    ("distinct names", lambda n: "".join("v%d = %d\n" % (i, i) for i in range(n))),
    ("function body", lambda n: "def f():\n" + "    y = 1\n" * n),
    ("list literal", lambda n: "L = [\n" + "1,\n" * n + "]\n"),
    ("comments and blanks", lambda n: "# c\n\n" * (n // 2)),
]
for name, make in SHAPES:
    small, _ = best(make(100000), 2)
    big, code = best(make(1000000), 1)
    print(name, "linear:", big < 30 * max(small, 0.01))
ns = {}
exec(compile("".join("v%d = %d\n" % (i, i) for i in range(1000000)), "<big>", "exec"), ns)
print(ns["v999999"], len(ns))
