# Deeply nested expressions: 100 levels compile and evaluate; 100,000 levels
# raise an exception (CPython: MemoryError, RecursionError or SyntaxError,
# depending on the form), never crash. Levels in between are in
# nesting_expressions_1000.py.
FORMS = {
    "unary minus": lambda n: "-" * n + "1",
    "not": lambda n: "not " * n + "x",
    "binary plus": lambda n: "1" + " + 1" * n,
    "power": lambda n: "1" + " ** 1" * n,
    "attribute": lambda n: "o" + ".a" * n,
    "call": lambda n: "f" + "()" * n,
    "subscript": lambda n: "s" + "[0]" * n,
    "lambda": lambda n: "lambda: " * n + "1",
    "conditional": lambda n: "1 if x else " * n + "2",
    "comparison": lambda n: "1" + " < 2" * n,
    "and": lambda n: "x" + " and x" * n,
    "string concat": lambda n: "'a' " * n,
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
    src = make(100)
    v = eval(src, ns)
    if callable(v):
        v = "callable"
    elif isinstance(v, (O, list)):
        v = type(v).__name__
    print(name, 100, v)

for name, make in FORMS.items():
    src = make(100000)
    try:
        compile(src, "<deep>", "eval")
        print(name, 100000, "compiled")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(name, 100000, "raised")
