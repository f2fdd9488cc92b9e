import math


class Vec:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def cross(self, o):
        return self.x * o.y - self.y * o.x

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def normalized(self):
        n = abs(self)
        if n == 0:
            raise ZeroDivisionError('cannot normalize zero vector')
        return self / n

    def rotate(self, deg):
        r = math.radians(deg)
        c, s = math.cos(r), math.sin(r)
        return Vec(round(self.x * c - self.y * s, 9), round(self.x * s + self.y * c, 9))

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f'Vec({self.x:g}, {self.y:g})'


def polygon_area(pts):
    return abs(sum(a.cross(b) for a, b in zip(pts, pts[1:] + pts[:1]))) / 2


def perimeter(pts):
    return sum(abs(b - a) for a, b in zip(pts, pts[1:] + pts[:1]))


def convex_hull(points):
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts
    def half(seq):
        h = []
        for p in seq:
            while len(h) >= 2 and (h[-1] - h[-2]).cross(p - h[-2]) <= 0:
                h.pop()
            h.append(p)
        return h
    lower, upper = half(pts), half(reversed(pts))
    return lower[:-1] + upper[:-1]


def segments_intersect(p1, p2, p3, p4):
    d1, d2 = (p2 - p1).cross(p3 - p1), (p2 - p1).cross(p4 - p1)
    d3, d4 = (p4 - p3).cross(p1 - p3), (p4 - p3).cross(p2 - p3)
    return d1 * d2 < 0 and d3 * d4 < 0


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 0.5 * a, a / 2, abs(a), a.dot(b), a.cross(b))
print(a.normalized(), Vec(1, 0).rotate(90), Vec(1, 1).rotate(180), list(a), tuple(b))
x, y = a
print(x, y, a == Vec(3, 4), len({Vec(1, 1), Vec(1, 1), Vec(2, 1)}))
square = [Vec(0, 0), Vec(4, 0), Vec(4, 4), Vec(0, 4)]
tri = [Vec(0, 0), Vec(5, 0), Vec(0, 12)]
print(polygon_area(square), perimeter(square), polygon_area(tri), perimeter(tri))
cloud = [Vec(x, y) for x in range(-2, 3) for y in range(-2, 3)] + [Vec(0, 5), Vec(6, 0), Vec(-3, -3)]
hull = convex_hull(cloud)
print(hull, polygon_area(hull))
print(segments_intersect(Vec(0, 0), Vec(4, 4), Vec(0, 4), Vec(4, 0)),
      segments_intersect(Vec(0, 0), Vec(1, 1), Vec(2, 2), Vec(3, 0)))
try:
    Vec(0, 0).normalized()
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
angles = [round(math.degrees(math.atan2(v.y, v.x)), 1) for v in hull]
print(angles)
