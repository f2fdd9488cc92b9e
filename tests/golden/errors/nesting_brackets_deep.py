# Deeply nested brackets: 100 levels compile, 1,000 and 100,000 raise
# CPython's tokenizer error "too many nested parentheses" at the 201st
# bracket, never a crash.
def attempt(label, src):
    try:
        code = compile(src, "<nest>", "exec")
        print(label, "compiled")
        return code
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno, e.offset)


for n in (100, 1000, 100000):
    attempt("paren %d" % n, "x = " + "(" * n + "1" + ")" * n)
    attempt("list %d" % n, "x = " + "[" * n + "]" * n)
    attempt("dict %d" % n, "x = " + "{1: " * n + "1" + "}" * n)
    attempt("set %d" % n, "x = " + "{" * n + "1" + "}" * n)
    attempt("call %d" % n, "x = " + "f(" * n + ")" * n)
    attempt("unclosed %d" % n, "x = " + "(" * n)
    attempt("unmatched %d" % n, "x = 1" + ")" * n)
    attempt("mixed %d" % n, "x = " + "([{" * (n // 3) + "}])" * (n // 3))

ns = {}
exec(compile("x = " + "[" * 100 + "]" * 100, "<nest>", "exec"), ns)
depth = 0
v = ns["x"]
while v:
    v = v[0]
    depth += 1
print("list depth", depth + 1)
print(eval("(" * 150 + "7" + ")" * 150))
