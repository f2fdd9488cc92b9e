# compile() in its three modes, with the details programs rely on: 'single'
# echoes expression values through sys.displayhook, 'eval' takes one
# expression, 'exec' any module; source as str or bytes; line endings;
# code object attributes; bad modes (compile_optimize_flags.py
# in tests/todo covers optimize= and flags=).
import sys

ns = {}
exec(compile("1 + 1", "<single>", "single"), ns)
exec(compile("None", "<single>", "single"), ns)
exec(compile("x = 5", "<single>", "single"), ns)
exec(compile("x * 2", "<single>", "single"), ns)
exec(compile("if x:\n    x + 100\n", "<single>", "single"), ns)
exec(compile("for i in range(2):\n    i\n", "<single>", "single"), ns)
print("_" in ns, ns["x"])

seen = []
old = sys.displayhook
sys.displayhook = lambda v: seen.append(v)
exec(compile("'hooked'", "<single>", "single"), {})
sys.displayhook = old
print(seen)

for src in ["x = 1\ny = 2", "1\n2", "pass; pass"]:
    try:
        compile(src, "<single>", "single")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg)

for src in ["x = 1", "1; 2", "lambda: (yield)", "yield 1", "", "  1"]:
    try:
        c = compile(src, "<eval>", "eval")
        print(repr(src), "eval ok")
    except SyntaxError as e:
        print(repr(src), e.msg)

print(eval("  3 * 7  \n\n"), eval("\t1 + 1"))
print(eval(compile(b"6 * 7", "<bytes>", "eval")))
print(eval(compile("'\u00e9' * 2", "<e>", "eval")))
g = {}
exec(compile("a = 1\r\nb = 2\r\nc = a + b\r\n", "<crlf>", "exec"), g)
exec(compile("d = 4\re = 5\r", "<cr>", "exec"), g)
exec(compile(b"\xef\xbb\xbff = 'bom'\n", "<bom>", "exec"), g)
exec(compile(b"# -*- coding: utf-8 -*-\ns = '\xc3\xa9'\n", "<utf8>", "exec"), g)
print(g["c"], g["e"], g["f"], g["s"])
exec(compile("x = 1\\\n  + 2\n\x0cy = 3", "<cont>", "exec"), g)
print(g["x"], g["y"])

c = compile("def g(a, b=1, *args, k, **kw):\n    z = a\n    return z\n", "file_name.py", "exec")
print(c.co_filename, c.co_name, c.co_firstlineno)
fn = [k for k in c.co_consts if hasattr(k, "co_code")][0]
print(fn.co_name, fn.co_argcount, fn.co_kwonlyargcount, fn.co_varnames[:6], fn.co_firstlineno)
print(compile("1", "e", "eval").co_name, compile("1", "s", "single").co_name)

for bad_mode in ("nonsense", "EXEC", ""):
    try:
        compile("1", "<m>", bad_mode)
    except ValueError as e:
        print(type(e).__name__, e)
