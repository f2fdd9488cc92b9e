ns = {}
exec('a = 1\nb = a + 1\ndef f(): return a + b', ns)
print(ns['a'], ns['b'], ns['f']())
exec('print("printed from exec")')
g = {'val': 10}
l = {}
exec('res = val * 2', g, l)
print(l, 'res' in g)
print(exec('1 + 1'))
code = '''
class K:
    def hi(self):
        return 'hi from K'
result = K().hi()
'''
d = {}
exec(code, d)
print(d['result'])
try:
    exec('1 +* 2')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec('raise ValueError("in exec")')
except ValueError as e:
    print(type(e).__name__, e)
def func():
    exec('zz = 5')
    return 'zz' in locals()
print(func())
exec('for i in range(2): print("loop", i)')
