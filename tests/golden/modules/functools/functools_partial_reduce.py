import functools
from functools import partial, reduce, partialmethod
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7), reduce(max, iter([3, 9, 2])))
try:
    reduce(max, [])
except TypeError as e:
    print('TypeError', e)
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, 3, d=9), p.func is f, p.args, p.keywords)
print(repr(partial(max, 1, key=None)))
q = partial(p, 7)
print(q(), q.args, q.keywords, q.func is f)
class MyP(partial):
    pass
print(repr(MyP(max, 2)))
for bad in (lambda: partial(), lambda: partial(3)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    p.func = None
except AttributeError as e:
    print('AttributeError')
p.extra = 1
print(p.extra)
class C:
    def m(self, x, y):
        return (type(self).__name__, x, y)
    pm = partialmethod(m, 10)
    @classmethod
    def cm(cls, a, b):
        return (cls.__name__, a, b)
    pcm = partialmethod(cm, 'A')
print(C().pm(20), C.pcm('B'), C().pcm('B'))
print(repr(partialmethod(max, 1, a=2)))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def target(x: int) -> int:
    """target doc"""
    return x * 2
target.__dict__
print(target(4), target.__name__, target.__doc__, target.__annotations__, target.__wrapped__(5))
def other(): pass
other.attr = 'kept'
def w(): pass
functools.update_wrapper(w, other, assigned=('__name__',), updated=('__dict__',))
print(w.__name__, w.attr, w.__wrapped__ is other)
