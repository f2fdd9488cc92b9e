print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1, (str, int)))
print(isinstance('s', object), isinstance(None, type(None)), isinstance([], (list, tuple)))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, (str, float)), issubclass(type, object))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (A,)), issubclass(A, A))
try:
    isinstance(1, 'int')
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(int, type), isinstance(A, type), isinstance(A(), type))
print(isinstance(1, int | str), issubclass(bool, int | None))
