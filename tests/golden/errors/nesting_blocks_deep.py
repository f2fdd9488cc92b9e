# Deeply nested blocks: CPython allows 100 indentation levels; the 101st is
# IndentationError "too many levels of indentation" at any depth beyond.
def attempt(label, src):
    try:
        compile(src, "<blocks>", "exec")
        print(label, "compiled")
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno, e.offset)


def nested(header, n):
    return "".join(" " * i + header + "\n" for i in range(n)) + " " * n + "pass\n"


for n in (20, 99, 100, 1000, 5000):
    attempt("if %d" % n, nested("if x:", n))
    attempt("def %d" % n, nested("def f():", n))
    attempt("for %d" % n, nested("for i in y:", n))
    attempt("class %d" % n, nested("class C:", n))
    attempt("with %d" % n, nested("with a:", n))
    attempt("try %d" % n, nested("try:", n))

# 50 nested functions really run: each defines the next and returns its call.
def chain(n, i=0):
    pad = " " * i
    if i == n:
        return pad + "return 'inner'\n"
    return pad + "def f%d():\n" % i + chain(n, i + 1) + pad + "return f%d()\n" % i


ns = {}
exec("def outer():\n" + chain(50, 1), ns)
print(ns["outer"]())
