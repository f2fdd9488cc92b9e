class A:
    x = 1
    def m(self): pass
a = A()
a.y = 2
print([n for n in dir(a) if not n.startswith('__')])
print([n for n in dir(A) if not n.startswith('__')])
print('append' in dir([]), 'upper' in dir(''), '__add__' in dir(1))
import math
print('sqrt' in dir(math), 'pi' in dir(math))
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f())
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha']
print(dir(Custom()))
print(dir() == sorted(dir()))
