import weakref, gc
class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return V(self.n + (o.n if isinstance(o, V) else o))
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return i * self.n
    def __iter__(self):
        return iter(range(self.n))
    def __call__(self, x):
        return x + self.n
    def __eq__(self, o):
        return isinstance(o, V) and o.n == self.n
    __hash__ = object.__hash__
    def __str__(self):
        return 'V%d' % self.n
v = V(3)
p = weakref.proxy(v)
print(type(p).__name__, p.n, len(p), p[2], list(p), p(10), (p + 1).n, str(p), p == V(3), 3 in [p.n])
p.n = 4
print(v.n, weakref.proxy(v) is p, weakref.getweakrefcount(v), isinstance(p, weakref.ProxyTypes))
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)
class Plain:
    pass
q = weakref.proxy(Plain())
print(type(q).__name__)
try:
    q.x
except ReferenceError as e:
    print('ReferenceError', e)
del v
gc.collect()
try:
    p.n
except ReferenceError as e:
    print('ReferenceError', e)
o = Plain()
r1 = weakref.ref(o); r2 = weakref.ref(o, lambda r: None)
print(weakref.getweakrefcount(o), len(weakref.getweakrefs(o)), r1 in weakref.getweakrefs(o))
ws = weakref.WeakSet([o])
ws2 = weakref.WeakSet()
print(len(ws), o in ws, ws == weakref.WeakSet([o]), len(ws | ws2), len(ws & ws2))
items = [Plain() for i in range(5)]
ws3 = weakref.WeakSet(items)
for x in ws3:
    del items[:]
    gc.collect()
print(len(ws3))
d = weakref.WeakValueDictionary()
objs = {k: Plain() for k in 'abc'}
d.update(objs)
print(sorted(d), d.get('z', 'dflt'), 'a' in d, len(d.valuerefs()))
for k in list(d.keys()):
    del objs[k]
    break
gc.collect()
print(len(d), sorted(d.keys()))
print(d.pop('b') is objs['b'], d.setdefault('q', objs['c']) is objs['c'], sorted(d.items(), key=lambda kv: kv[0])[0][0])
wk = weakref.WeakKeyDictionary({o: 1})
print(wk[o], o in wk, wk.get(o), len(wk.keyrefs()), list(wk.values()))
class M:
    def meth(self):
        return 42
m = M()
wm = weakref.WeakMethod(m.meth)
print(wm()(), wm == weakref.WeakMethod(m.meth), isinstance(wm, weakref.ref))
calls = []
wm2 = weakref.WeakMethod(m.meth, calls.append)
del m
gc.collect()
print(wm(), len(calls))
f = weakref.finalize(o, print, 'at exit')
print(f.alive, f.peek()[1] is print)
g = weakref.finalize(Plain(), lambda: None)
print(g.alive, g(), g.detach())
def cb(*a):
    print('cb', a)
k = Plain()
h = weakref.finalize(k, cb, 1, 2)
print(h.detach()[2], h.alive)
print('end of main')
