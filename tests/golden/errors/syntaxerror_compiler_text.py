# Errors found after parsing (symbol table, compiler) take their text from
# the file named in compile(), as CPython does: a string compiled under a
# name that is no file has text None (parser errors keep the source line).
CASES = [
    "x = 1\nreturn 5",
    "def f(a, a): pass",
    "nonlocal x",
    "def f():\n    x = 1\n    global x",
    "break",
    "x = 1 +",
]
for src in CASES:
    try:
        compile(src, "<no such file>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, repr(e.text))
# Named after this very file, the text is line 3 of this file.
try:
    compile("\n\nreturn 1", __file__, "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, repr(e.text))
