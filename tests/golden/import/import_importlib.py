import importlib
m = importlib.import_module('pkg_shapes.square')
print(m.__name__, m.Square(2).area())
c = importlib.import_module('.circle', package='pkg_shapes')
print(c.__name__)
h = importlib.import_module('_helper')
print(h.VALUE)
import sys
print(importlib.import_module('sys') is sys)
try:
    importlib.import_module('no_such_module_abc')
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import _counter_mod
_counter_mod.loads.append('mutated')
r = importlib.reload(_counter_mod)
print(r is _counter_mod, r.loads)
