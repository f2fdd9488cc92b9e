from collections import namedtuple
Card = namedtuple('Card', 'rank suit')
ranks = [str(n) for n in range(2, 11)] + list('JQKA')
suits = 'spades diamonds clubs hearts'.split()
deck = [Card(r, s) for s in suits for r in ranks]
print(len(deck), deck[0], deck[-1])
value = {r: i for i, r in enumerate(ranks)}
def key(c):
    return value[c.rank] * 4 + suits.index(c.suit)
print(sorted(deck, key=key)[:3])
print(max(deck, key=key), Card('Q', 'hearts') in deck)
Point = namedtuple('Point', 'x y')
pts = [Point(3, 4), Point(-1, 2), Point(0, 0)]
print(sorted(pts), min(pts, key=lambda p: p.x ** 2 + p.y ** 2))
print([p._asdict() for p in pts[:1]], Point(*map(int, '7 8'.split())))
Emp = namedtuple('Emp', ['name', 'dept', 'salary'])
staff = [Emp('a', 'eng', 100), Emp('b', 'ops', 80), Emp('c', 'eng', 120)]
by = {}
for e in staff:
    by.setdefault(e.dept, []).append(e.salary)
print({d: sum(v) / len(v) for d, v in by.items()})
print(Emp._fields, Emp.__name__, Point(1, 2)._replace(y=9))
