from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), tuple(p))
x, y = p
print(x, y, p == (1, 2), isinstance(p, tuple))
print(p._replace(x=10), p._asdict(), Point._fields)
print(Point._make([5, 6]))
P3 = namedtuple('P3', 'a b c', defaults=[0, 0])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
R = namedtuple('R', 'name, age', rename=False)
people = sorted([R('bob', 30), R('al', 25)], key=lambda r: r.age)
print(people)
class Ext(namedtuple('Base', 'w h')):
    def area(self):
        return self.w * self.h
print(Ext(3, 4).area(), Ext(3, 4))
print(Point(y=1, x=0), hash(Point(1, 2)) == hash((1, 2)))
