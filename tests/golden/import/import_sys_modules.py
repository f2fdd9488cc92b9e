import sys
print('_counter_mod' in sys.modules)
import _counter_mod
import _counter_mod
print(_counter_mod.loads)
print(sys.modules['_counter_mod'] is _counter_mod)
del sys.modules['_counter_mod']
import _counter_mod as again
print(again is _counter_mod, again.loads)
print('sys' in sys.modules, sys.modules['__main__'].__name__)
print(type(sys.modules).__name__)
