import reprlib
from collections import deque
import array
r = reprlib.Repr()
print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(10))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset('abcdefgh')), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}), reprlib.repr('x' * 100), reprlib.repr('short'))
print(reprlib.repr(2 ** 200), reprlib.repr(deque(range(10))), reprlib.repr(array.array('i', range(10))), reprlib.repr(array.array('d')))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
class Long:
    def __repr__(self): return 'L' * 100
class Broken:
    def __repr__(self): raise RuntimeError
print(reprlib.repr(Long()), reprlib.repr(Broken()).startswith('<Broken instance at 0x'))
r.maxlist = 2; r.maxstring = 10; r.maxlevel = 2; r.fillvalue = '~'
print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'), r.repr([[[1]]]), r.repr({1: {2: {3: 4}}}))
print(reprlib.repr({3, 1, 2}), reprlib.repr([1, 'a', None, 2.5]))
class Node:
    def __init__(self): self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % self.kids
n = Node(); n.kids.append(n); n.kids.append(Node())
print(n, Node.__repr__.__name__)
class Q(list):
    @reprlib.recursive_repr('<self>')
    def __repr__(self): return 'Q' + ','.join(map(repr, self))
q = Q([1]); q.append(q); print(q)
