print(eval('1 + 2 * 3'), eval('[x * 2 for x in range(3)]'), eval('"abc".upper()'))
x = 10
print(eval('x + 1'), eval('x + y', {'x': 1, 'y': 2}), eval('x * z', None, {'z': 3}))
print(eval('len(s)', {'s': 'four'}))
g = {'__builtins__': {}}
try:
    eval('len([])', g)
except NameError as e:
    print(type(e).__name__, e)
print(eval('  42  '), eval('\n7'), eval('(1,\n2)'))
try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval('undefined_var')
except NameError as e:
    print(type(e).__name__, e)
def f():
    local = 5
    return eval('local * 2')
print(f())
print(eval(compile('2 ** 10', '<s>', 'eval')))
