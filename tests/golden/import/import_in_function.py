def f():
    import math
    from os import path as p
    return math.sqrt(16), p.basename('/a/b.txt')
print(f())
print('math' in globals(), 'p' in globals())
def g():
    from _helper import VALUE
    return VALUE
print(g())
import math, sys as system, os.path
print(math.floor(2.5), system.__name__, os.path.__name__ in ('posixpath', 'os.path'))
from math import (pi,
                  e as euler)
print(round(pi, 3), round(euler, 3))
