print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None == None, None is None, None != 0, None == False)
print(NotImplemented, type(NotImplemented).__name__, Ellipsis, ...)
print(type(None)() is None)
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    n = None
    n()
except TypeError as e:
    print(type(e).__name__, e)
d = {None: 'none key'}
print(d[None], [None] * 2, hash(None) == hash(None))
def f():
    pass
print(f() is None, (lambda: None)())
