print(type(1), type('a'), type([]), type(type), type(None), type(len), type(lambda: 0))
print(type(1) is int, type(type(1)) is type)
X = type('X', (), {'a': 1, 'f': lambda self: self.a + 1})
x = X()
print(X.__name__, x.a, x.f(), type(x) is X, X.__bases__)
Y = type('Y', (X,), {'a': 10})
print(Y().f(), Y.__mro__[1] is X, issubclass(Y, X))
print(int.__name__, int.__qualname__, int.__module__, list.__doc__.split('\n')[0])
print(type.__name__, type.__bases__, isinstance(type, type))
try:
    type('Z', (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(callable(int), int('5'), type.__call__(int, '6'))
class M(type):
    pass
print(type(M), type(M('Q', (), {})).__name__)
print(str.__mro__, bool.__mro__)
