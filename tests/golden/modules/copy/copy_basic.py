import copy
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]['k'] is a[2]['k'], d == a)
t = (1, 2, (3,)); print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2]); print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
for v in (None, 1, 2.5, 'x', b'y', frozenset([1]), range(3), len, copy.copy, int):
    print(copy.copy(v) is v, copy.deepcopy(v) is v, end=' | ')
print()
print(copy.copy({1, 2}), copy.copy(bytearray(b'ab')), copy.deepcopy({'a': {1, 2}}))
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'P({self.x!r}, {self.y!r})'
p = P(1, [2])
q = copy.copy(p); r = copy.deepcopy(p)
print(q, r, q.y is p.y, r.y is p.y, type(r).__name__)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
s1 = copy.deepcopy(S()); print(s1.a, s1.b)
class WithCopy:
    def __init__(self, v): self.v = v
    def __copy__(self): return WithCopy('shallow-' + self.v)
    def __deepcopy__(self, memo): return WithCopy('deep-' + self.v)
print(copy.copy(WithCopy('a')).v, copy.deepcopy(WithCopy('a')).v, copy.deepcopy([WithCopy('b')])[0].v)
lst = [1]; lst.append(lst)
dl = copy.deepcopy(lst); print(dl[1] is dl, dl[1] is not lst)
dd = {}; dd['self'] = dd; c = copy.deepcopy(dd); print(c['self'] is c)
shared = [1]; pair = [shared, shared]; cp = copy.deepcopy(pair); print(cp[0] is cp[1], cp[0] is not shared)
class St:
    def __init__(self): self.v = 1; self.cache = 'big'
    def __getstate__(self): return {'v': self.v}
    def __setstate__(self, st): self.__dict__.update(st); self.cache = 'rebuilt'
x = copy.deepcopy(St()); print(x.v, x.cache)
class Red:
    def __init__(self, n): self.n = n
    def __reduce__(self): return (Red, (self.n * 10,))
print(copy.copy(Red(2)).n, copy.deepcopy(Red(3)).n)
from collections import OrderedDict, namedtuple, deque, Counter, defaultdict
Pt = namedtuple('Pt', 'x y')
print(copy.deepcopy(OrderedDict(a=[1])), copy.copy(Pt(1, [2])), copy.deepcopy(deque([1, [2]], maxlen=5)), copy.deepcopy(Counter('aab')), copy.deepcopy(defaultdict(list, a=[1])))
class MyList(list):
    pass
ml = MyList([1, [2]]); ml.attr = 'z'
m2 = copy.deepcopy(ml); print(type(m2).__name__, m2, m2.attr, m2[1] is ml[1])
class MyDict(dict): pass
md = copy.copy(MyDict(a=1)); print(type(md).__name__, md)
memo = {}
z = copy.deepcopy([1, 2], memo); print(len(memo) >= 1, isinstance(copy.Error(), Exception), copy.error is copy.Error)
def f(): pass
print(copy.deepcopy(f) is f, copy.deepcopy(P.__init__) is P.__init__)
class M:
    def meth(self): return self
m = M(); bm = copy.deepcopy(m.meth); print(bm.__self__ is not m, type(bm.__self__).__name__)
