print(type(1).__name__, type('').__name__, type(b'').__name__, type(1.0).__name__, type(None).__name__)
print(type([]) is list, type({}) is dict, type(()) is tuple, type(set()) is set, type(range(1)) is range)
print(type(print).__name__, type(len).__name__, type([].append).__name__, type(lambda: 1).__name__)
class A: pass
print(type(A).__name__, type(A()).__name__, type(A()) is A)
T = type('T', (A,), {'x': 5, '__repr__': lambda self: 'T!'})
print(T(), T.x, isinstance(T(), A), T.__mro__[1].__name__)
print(type(type).__name__, type(object).__name__)
