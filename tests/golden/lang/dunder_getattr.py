class Dyn:
    def __init__(self):
        self.real = 'real'
    def __getattr__(self, name):
        if name.startswith('x_'):
            return name[2:].upper()
        raise AttributeError(f'no {name}')
d = Dyn()
print(d.real, d.x_hello)
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(d, 'missing', 'default'), hasattr(d, 'x_y'), hasattr(d, 'zz'))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, 'target', target)
    def __getattr__(self, n):
        return getattr(self.target, n)
p = Proxy([3, 1, 2])
p.sort()
print(p.target, p.count(1))
