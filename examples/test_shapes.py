"""test_shapes.py: a test module, run as `pith -m unittest -v test_shapes` from examples/.

A small geometry module under test, in the same file to keep the example
self-contained.
"""

import math
import unittest


class Shape:
    def area(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    def __init__(self, r):
        if r < 0:
            raise ValueError("radius must be non-negative")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class TestShapes(unittest.TestCase):
    def setUp(self):
        self.shapes = [Rect(2, 3), Circle(1), Rect(1, 1)]

    def test_areas(self):
        self.assertEqual(Rect(2, 3).area(), 6)
        self.assertAlmostEqual(Circle(1).area(), 3.14159, places=5)

    def test_sorting(self):
        self.assertEqual([type(s).__name__ for s in sorted(self.shapes)], ["Rect", "Circle", "Rect"])

    def test_negative_radius(self):
        with self.assertRaisesRegex(ValueError, "non-negative"):
            Circle(-1)

    def test_subtests(self):
        for w in range(1, 4):
            with self.subTest(w=w):
                self.assertEqual(Rect(w, 2).area(), 2 * w)

    @unittest.skip("demonstrates a skip")
    def test_skipped(self):
        self.fail("not run")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(Rect(1, 1).area(), 2)


if __name__ == "__main__":
    unittest.main()
