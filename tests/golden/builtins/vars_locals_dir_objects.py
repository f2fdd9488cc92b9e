class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
v = vars(p)
v['c'] = 3
print(p.c, sorted(v), 'cls_attr' in vars(P), 'cls_attr' in vars(p))
def f(x, y=2):
    z = x + y
    inner = locals()
    return sorted(inner)
print(f(1))
print([n for n in dir(p) if not n.startswith('_')])
import types
ns = types.SimpleNamespace(q=1)
print(vars(ns))
