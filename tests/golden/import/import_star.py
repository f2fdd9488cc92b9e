from _star_mod import *
print(public, also_public)
print('not_listed' in globals(), '_underscore' in globals())
from _star_noall import *
print(alpha, beta)
print('_gamma' in globals(), '_m' in globals())
from pkg_shapes import *
print(Shape.name, square.Square(1).area())
