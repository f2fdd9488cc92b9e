# compile(): optimize=1 drops asserts and sets __debug__ False, optimize=2
# also drops docstrings; unknown flags are a ValueError; the TypeError for a
# bad source names "string, bytes or AST object". (pith's builtin compile()
# ignores optimize= today; pt_compile_ex supports it.)
src = "def f():\n    '''doc'''\n    assert False, 'boom'\n    return 'ran'\n"
for opt in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, "<opt>", "exec", optimize=opt), ns)
    try:
        r = ns["f"]()
    except AssertionError as e:
        r = "AssertionError " + str(e)
    print(opt, ns["f"].__doc__, r)
print(eval(compile("__debug__", "<d>", "eval", optimize=1)), eval(compile("__debug__", "<d>", "eval")))

try:
    compile(42, "<m>", "exec")
except TypeError as e:
    print(type(e).__name__, e)
try:
    compile("x", "<m>", "exec", flags=0x8000000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile(compile("x", "<m>", "exec"), "<again>", "exec")
except TypeError as e:
    print(type(e).__name__, e)
