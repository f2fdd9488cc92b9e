# pith-only: CPython 3.11 itself dies with SIGSEGV on the generator chain below
# (each next() recurses in C through 100,000 generator frames), so there is no
# oracle; pith must raise RecursionError and go on. Guards src/obj/gen.c and
# the C-stack guard in src/vm/ (ts->c_stack_limit).
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except RecursionError as e:
        print(label, "RecursionError", e)


def gen_chain(n):
    g = iter([1])
    for i in range(n):
        g = (v for v in g)
    return g


attempt("generator chain 100", lambda: list(gen_chain(100)))
attempt("generator chain 100000", lambda: list(gen_chain(100000)))


def yf_chain(n):
    def inner():
        yield 1
    g = inner()
    for i in range(n):
        g = (lambda h: (yield from h))(g)
    return g


attempt("yield from chain 100000", lambda: list(yf_chain(100000)))
f = lambda: 0
for i in range(100000):
    f = (lambda g: lambda: g())(f)
attempt("closure chain 100000", f)
print("still alive")
