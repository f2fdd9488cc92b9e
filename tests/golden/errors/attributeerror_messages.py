class A:
    x = 1
class S:
    __slots__ = ('a',)
import math
cases = [
    lambda: A().y,
    lambda: A.y,
    lambda: (1).foo,
    lambda: 'str'.nope,
    lambda: None.attr,
    lambda: [].push,
    lambda: math.nope,
    lambda: S().a,
    lambda: setattr(S(), 'b', 1),
    lambda: setattr(1, 'x', 1),
    lambda: delattr(A(), 'x'),
    lambda: setattr(object(), 'x', 1),
    lambda: (lambda: 0).nope,
]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(e)
try:
    A().y
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
