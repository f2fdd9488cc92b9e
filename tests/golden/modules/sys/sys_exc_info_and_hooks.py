import sys
def f():
    try:
        raise KeyError('inner')
    except KeyError:
        t, v, tb = sys.exc_info()
        return t.__name__, repr(v), tb is not None
print(f())
print(sys.exc_info() == (None, None, None))
try:
    raise ValueError('x')
except ValueError:
    print(sys.exception().__class__.__name__ if hasattr(sys, 'exception') else 'ValueError')
print(callable(sys.excepthook), sys.excepthook is sys.__excepthook__)
print(callable(sys.getsizeof), sys.getsizeof(1) > 0)
print(callable(sys.intern), sys.intern('abc') == 'abc')
print(type(sys.getrefcount(object())).__name__)
