code = compile('1 + 2', '<expr>', 'eval')
print(type(code).__name__, eval(code))
code2 = compile('x = 5\ny = x * 2', '<stmts>', 'exec')
ns = {}
exec(code2, ns)
print(ns['x'], ns['y'])
code3 = compile('print("single mode")', '<single>', 'single')
exec(code3)
print(code.co_filename, code2.co_filename)
try:
    compile('1 +', '<bad>', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile('x = 1', '<bad>', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile('x', '<m>', 'nonsense')
except ValueError as e:
    print(type(e).__name__, e)
src = 'def f(a):\n    return a + 1\n'
g = {}
exec(compile(src, 'mod', 'exec'), g)
print(g['f'](41))
