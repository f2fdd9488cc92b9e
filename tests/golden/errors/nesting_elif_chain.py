# Long if/elif chains (generated code has them) compile and pick the right
# branch: CPython 3.11 handles 1,999 elif clauses (its compiler gives up
# near 3,000).
for n in (100, 1000, 1999):
    src = ("def pick(x):\n    if x == 0:\n        return 0\n"
           + "".join("    elif x == %d:\n        return %d\n" % (i, i * 2) for i in range(1, n))
           + "    else:\n        return -1\n")
    ns = {}
    exec(compile(src, "<elif>", "exec"), ns)
    print(n, ns["pick"](0), ns["pick"](n - 1), ns["pick"](n))
