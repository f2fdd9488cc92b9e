def g():
    yield 1
    yield 2
it = g()
print(it.gi_running, it.gi_frame is not None)
next(it)
print(it.gi_frame.f_lineno > 0)
list(it)
print(it.gi_frame)
print(iter(it) is it)
import types
print(isinstance(it, types.GeneratorType))
