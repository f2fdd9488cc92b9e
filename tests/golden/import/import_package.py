import pkg_shapes
print(pkg_shapes.VERSION, pkg_shapes.Shape.name)
import pkg_shapes.square
print(pkg_shapes.square.Square(3).describe())
from pkg_shapes.circle import Circle, same_base
print(Circle(1).describe(), same_base)
from pkg_shapes import circle
print(circle.Circle is Circle)
print(pkg_shapes.__name__, pkg_shapes.__package__, pkg_shapes.square.__package__)
print(hasattr(pkg_shapes, '__path__'), hasattr(pkg_shapes.square, '__path__'))
