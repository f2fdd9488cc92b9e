f = frozenset([1, 2, 3, 2])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(f == {1, 2, 3}, hash(f) == hash(frozenset({3, 2, 1})))
d = {f: 'frozen key'}
print(d[frozenset([3, 1, 2])])
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__)
print(sorted(f & {1}), sorted(f - {1}), sorted(f ^ {1, 5}))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset(), repr(frozenset({1})), frozenset('aa'))
s = {frozenset({1}), frozenset({1})}
print(len(s))
print(f.issubset({1, 2, 3, 4}), f.copy() == f)
