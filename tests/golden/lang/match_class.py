class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, c, r):
        self.c, self.r = c, r
def where(obj):
    match obj:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point(x, y) if x == y:
            return 'diagonal'
        case Circle(c=Point(x=cx), r=r) if r > 10:
            return f'big circle centered x={cx}'
        case Circle():
            return 'circle'
        case int(n) | float(n):
            return f'number {n}'
        case str() as s:
            return f'string {s}'
        case _:
            return 'unknown'
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Circle(Point(7, 1), 11), Circle(Point(0, 0), 1), 42, 2.5, 'hi', []]:
    print(where(o))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
