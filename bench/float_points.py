# float_points: float arithmetic on many small objects with x/y/z
# attributes: create points, normalize each, then fold them with maximize.
import sys

POINTS = 350_000
if "--quick" in sys.argv[1:]:
    POINTS = 2_000


def wave(t):
    # a cheap periodic function (no math module): a parabola per period
    t = t % 2.0
    if t < 1.0:
        return 4.0 * t * (1.0 - t)
    t -= 1.0
    return -4.0 * t * (1.0 - t)


class Point:
    def __init__(self, i):
        self.x = x = wave(i * 0.0137)
        self.y = wave(i * 0.0291 + 0.5) * 3.0
        self.z = (x * x) / 2.0

    def __repr__(self):
        return "<Point: x=%.9f, y=%.9f, z=%.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = (x * x + y * y + z * z) ** 0.5
        if norm == 0.0:
            return
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


def main():
    print(run(POINTS))
    total = 0.0
    for i in range(1, 6):
        p = run(POINTS // (i * 10))
        total += p.x + p.y + p.z
    print("%.9f" % total)


main()
