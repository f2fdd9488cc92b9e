records = [('ann', 30, ['py', 'c']), ('bob', 25, []), ('cy', 41, ['go'])]
for name, age, (first_skill, *other) in [(n, a, s or ['none']) for n, a, s in records]:
    print(name, age, first_skill, other)
for i, (name, *_) in enumerate(records):
    print(i, name)
pairs = {'x': (1, 2), 'y': (3, 4)}
for key, (a, b) in sorted(pairs.items()):
    print(key, a + b)
for (a, b), c in zip([(1, 2), (3, 4)], 'pq'):
    print(a, b, c)
points = [(1, 2, 3), (4, 5, 6)]
xs, ys, zs = zip(*points)
print(xs, ys, zs)
