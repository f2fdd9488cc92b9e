x = 'module x'
print(globals()['x'], 'globals_locals_vars' not in globals(), globals() is globals())
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
globals()['injected'] = 'via globals'
print(injected)
class C:
    def __init__(self):
        self.p = 1
        self.q = 2
print(vars(C()), 'p' in vars(C()))
print(locals() is globals())
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
import math
print(vars(math)['pi'] == math.pi)
class K:
    z = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
print(K.names)
