# Expressions nested 1,000 deep compile and evaluate as in CPython, whose
# parser allows them (its limits are hit only much deeper).
FORMS = {
    "unary minus": lambda n: "-" * n + "1",
    "invert": lambda n: "~" * n + "1",
    "not": lambda n: "not " * n + "x",
    "binary plus": lambda n: "1" + " + 1" * n,
    "power": lambda n: "1" + " ** 1" * n,
    "attribute": lambda n: "o" + ".a" * n,
    "call": lambda n: "f" + "()" * n,
    "subscript": lambda n: "s" + "[0]" * n,
    "lambda": lambda n: "lambda: " * n + "1",
    "conditional": lambda n: "1 if x else " * n + "2",
    "await-free": lambda n: "x" + " or x" * n,
}


class O:
    pass


o = O()
o.a = o
s = []
s.append(s)


def f():
    return f


ns = {"x": True, "o": o, "f": f, "s": s}
for name, make in FORMS.items():
    try:
        v = eval(make(1000), ns)
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(name, type(e).__name__, e)
        continue
    if callable(v):
        v = "callable"
    elif isinstance(v, (O, list)):
        v = type(v).__name__
    print(name, v)
