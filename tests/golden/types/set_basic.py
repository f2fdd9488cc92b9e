s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, 9 in s)
s.remove(4)
s.discard(99)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
c = set('hello')
print(sorted(c), len(c))
p = {5}
print(p.pop(), p)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
print(set(), set([1, 1]), {1, 2} == {2, 1}, {1} == frozenset({1}))
s2 = {1, 2, 3}
s2 |= {4}
s2 &= {1, 2, 4}
s2 -= {1}
s2 ^= {9, 2}
print(sorted(s2))
s2.update([7], (8,))
s2.intersection_update(range(8))
print(sorted(s2))
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({x % 3 for x in range(10)}), {0}, {(1, 2)}, repr({1}))
