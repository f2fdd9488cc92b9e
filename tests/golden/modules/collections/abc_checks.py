import collections.abc as cabc
from collections import OrderedDict, deque, Counter, defaultdict
names = ['Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized', 'Container', 'Callable',
         'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'Sequence', 'MutableSequence',
         'ByteString', 'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator']
def g(): yield 1
async def co(): pass
async def ag(): yield 1
c = co()
samples = [1, 'str', b'b', bytearray(), [1], (1,), {1: 2}, {1}, frozenset(), range(3), iter([]), g(), len,
           {}.keys(), {}.items(), {}.values(), memoryview(b''), OrderedDict(), deque(), Counter(), c, ag(), None]
for s in samples:
    print(type(s).__name__.ljust(14), ''.join('X' if isinstance(s, getattr(cabc, n)) else '.' for n in names))
c.close()
class MySeq(cabc.Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
s = MySeq(3, 1, 4, 1)
print(list(s), 4 in s, s.index(1), s.index(1, 2), s.count(1), list(reversed(s)), len(s))
try:
    s.index(9)
except ValueError as e:
    print('ValueError', repr(e))
class MyMap(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(); m.update({'a': 1}, b=2); m.setdefault('c', 3)
print(dict(m), m.get('z'), 'a' in m, m.pop('a'), m.popitem(), list(m.keys()), list(m.items()), list(m.values()), m == {'c': 3})
print(('c', 3) in m.items(), 3 in m.values(), m.keys() & {'c', 'q'}, m.keys() | {'x'} == {'c', 'x'})
m.clear(); print(len(m))
class MySet(cabc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([7]))
a |= [9]; a -= [1]; print(list(a), a.pop(), list(a))
a.remove(3)
try:
    a.remove(99)
except KeyError as e:
    print('KeyError', e)
print(MySet([1])._hash() == MySet([1])._hash())
try:
    cabc.Sequence()
except TypeError as e:
    print('TypeError', e)
print(cabc.Callable[[int, str], bool], cabc.Callable[..., int], cabc.Callable[[], int], cabc.Callable[[int], float].__args__)
print(cabc.Iterable[int], cabc.Mapping[str, int], cabc.Mapping.__module__, repr(cabc.Set))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), cabc.Hashable), issubclass(list, cabc.Hashable))
print(cabc.__all__ == ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence', 'ByteString'])
