t = tuple(range(5))
print(t[1:4], t[::-1], t * 2, t + (5,), len(t), t.count(2), t.index(3))
a, *b = t
print(a, b, type(b).__name__)
nested = ((1, 2), (3, 4))
print([x for pair in nested for x in pair], dict(nested))
print((1, 2) == [1, 2], tuple([1, 2]) == (1, 2), (1,) * 0, () + ())
print(sorted([(2, 'b'), (1, 'c'), (2, 'a')]), min((3, 2), (3, 1)))
pt = (3, 4)
x, y = pt
print(f'x={x} y={y}', 'point %s,%s' % pt)
print(hash((1, 'a', (2.5,))) == hash((1, 'a', (2.5,))), {(1, 2), (1, 2)} == {(1, 2)})
def swap(p):
    return p[1], p[0]
print(swap((1, 2)), type(swap((1, 2))).__name__)
empty = ()
print(len(empty), bool(empty), empty == tuple(), repr((None,)))
