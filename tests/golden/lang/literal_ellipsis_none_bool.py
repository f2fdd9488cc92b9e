print(..., Ellipsis, ... is Ellipsis)
print(None, True, False)
print(type(...).__name__, type(None).__name__, type(True).__name__)
print(True + True, True * 10, False - 1)
print(None is None, not None)
x = [1, ...]
print(x)
def f():
    ...
print(f())
