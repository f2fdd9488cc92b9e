from pkg_shapes.sub import deep
print(deep.info)
print(deep.big_square().describe())
print(deep.circle.Circle(2).area())
from pkg_shapes.sub import PARENT_VERSION
print(PARENT_VERSION)
import sys
print(sorted(m for m in sys.modules if m.startswith('pkg_shapes')))
