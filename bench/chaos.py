# chaos: chaos-game fractals drawn into a character grid. The random
# choices come from a linear congruential generator of our own, so the
# picture (and its checksum) is the same on every run.
import sys

ITERATIONS = 400_000
if "--quick" in sys.argv[1:]:
    ITERATIONS = 10_000

WIDTH = 64
HEIGHT = 32


class Lcg:
    """x' = (a*x + c) mod 2**32, the Numerical Recipes constants."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next(self):
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return self.state

    def uniform(self):
        return self.next() / 4294967296.0

    def below(self, n):
        return (self.next() >> 8) % n


class Canvas:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = [[0] * w for _ in range(h)]

    def plot(self, x, y):
        # x and y in [0, 1)
        col = int(x * self.w)
        row = int((1.0 - y) * self.h)
        if 0 <= col < self.w and 0 <= row < self.h:
            self.cells[row][col] += 1

    def render(self):
        shades = " .:-=+*#%@"
        top = max(max(row) for row in self.cells) or 1
        lines = []
        for row in self.cells:
            lines.append("".join(shades[(v * 9 + top - 1) // top] for v in row).rstrip())
        return "\n".join(lines)

    def checksum(self):
        h = 0
        for row in self.cells:
            for v in row:
                h = (h * 31 + v) % 1000000007
        return h


def sierpinski(rng, n):
    corners = [(0.0, 0.0), (1.0, 0.0), (0.5, 0.999)]
    canvas = Canvas(WIDTH, HEIGHT)
    x, y = 0.3, 0.3
    for _ in range(n):
        cx, cy = corners[rng.below(3)]
        x = (x + cx) * 0.5
        y = (y + cy) * 0.5
        canvas.plot(x, y)
    return canvas


def fern(rng, n):
    # Barnsley's fern: four affine maps chosen with probabilities
    # 1%, 85%, 7%, 7%; then scaled into the unit square.
    maps = [
        (0.01, 0.0, 0.0, 0.0, 0.16, 0.0, 0.0),
        (0.86, 0.85, 0.04, -0.04, 0.85, 0.0, 1.6),
        (0.93, 0.2, -0.26, 0.23, 0.22, 0.0, 1.6),
        (1.00, -0.15, 0.28, 0.26, 0.24, 0.0, 0.44),
    ]
    canvas = Canvas(WIDTH, HEIGHT)
    x, y = 0.0, 0.0
    for _ in range(n):
        r = rng.uniform()
        for limit, a, b, c, d, e, f in maps:
            if r < limit:
                x, y = a * x + b * y + e, c * x + d * y + f
                break
        canvas.plot((x + 2.75) / 5.5, y / 10.01)
    return canvas


def pentagon(rng, n):
    # five corners, jump 5/8 of the way, never the same corner twice
    pts = [(0.5, 0.99), (0.98, 0.64), (0.80, 0.02), (0.20, 0.02), (0.02, 0.64)]
    canvas = Canvas(WIDTH, HEIGHT)
    x, y = 0.5, 0.5
    last = -1
    for _ in range(n):
        k = rng.below(5)
        if k == last:
            continue
        last = k
        px, py = pts[k]
        x += (px - x) * 0.625
        y += (py - y) * 0.625
        canvas.plot(x, y)
    return canvas


def main():
    rng = Lcg(12345)
    s = sierpinski(rng, ITERATIONS)
    print(s.render())
    print("sierpinski", s.checksum())
    f = fern(rng, ITERATIONS)
    print(f.render())
    print("fern", f.checksum())
    p = pentagon(rng, ITERATIONS)
    print("pentagon", p.checksum())


main()
