import _helper
print(_helper.VALUE, _helper.greet('x'))
import _helper as h
print(h is _helper, h.Thing.kind)
from _helper import VALUE, greet as g
print(VALUE, g('y'))
from _helper import Thing, _private
print(Thing.__module__, _private)
print(_helper.__name__, type(_helper).__name__)
import os
print(os.path.basename(_helper.__file__))
