import _helper
import os
print(_helper.__name__, _helper.__package__ == '')
print(os.path.basename(_helper.__file__))
print(_helper.__spec__.name, _helper.__doc__)
names = sorted(n for n in dir(_helper) if not n.startswith('__'))
print(names)
print(_helper.__dict__['VALUE'], vars(_helper) is _helper.__dict__)
import types
print(isinstance(_helper, types.ModuleType))
m = types.ModuleType('synthetic', 'doc of synthetic')
m.x = 1
print(m.__name__, m.__doc__, m.x)
print(__name__, __spec__ is None)
