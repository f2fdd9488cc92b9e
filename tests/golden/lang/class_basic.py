class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(3, 4)
print(p, p.norm2(), p.dims, Point.dims)
print(Point.__name__, Point.__doc__, Point.__qualname__)
p.z = 5
print(sorted(vars(p).items()))
Point.dims = 3
print(p.dims)
p.dims = 'own'
print(p.dims, Point.dims)
print(isinstance(p, Point), type(p) is Point, type(p).__name__)
print(Point.norm2(p))
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
class Empty:
    pass
e = Empty()
print(type(e).__name__, Empty.__bases__)
