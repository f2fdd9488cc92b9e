import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), V.__gt__.__name__)
@functools.total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(G(1) < G(2), G(2) <= G(2), G(3) > G(2))
try:
    functools.total_ordering(type('A', (), {}))
except ValueError as e:
    print('ValueError', e)
try:
    V(1) < 5
except TypeError as e:
    print('TypeError', e)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
K = functools.cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    hash(K(1))
except TypeError as e:
    print('TypeError')

@functools.singledispatch
def show(x):
    return 'object ' + repr(x)
@show.register
def _(x: int):
    return 'int %d' % x
@show.register(list)
def _(x):
    return 'list of %d' % len(x)
@show.register(float)
@show.register(complex)
def _(x):
    return 'number ' + str(x)
show.register(str, lambda x: 'str ' + x)
print(show(1), show(True), show([1, 2]), show(1.5), show(2j), show('s'), show(None))
import collections.abc
@show.register(collections.abc.Mapping)
def _(x):
    return 'mapping %d' % len(x)
print(show({1: 2}), show(collections.OrderedDict()))
class MyList(list): pass
print(show(MyList([1])))
print(show.dispatch(bool).__name__, show.registry[object] is show.__wrapped__)
print(sorted(t.__name__ for t in show.registry.keys()))
try:
    show()
except TypeError as e:
    print('TypeError', e)
@show.register(int | bytes)
def _(x):
    return 'int or bytes'
print(show(b'x'), show(3))
class A:
    @functools.singledispatchmethod
    def go(self, arg):
        return 'default'
    @go.register
    def _(self, arg: int):
        return 'int'
    @go.register
    def _(self, arg: str):
        return 'str'
print(A().go(1), A().go('x'), A().go(1.0))
class P:
    def __init__(self): self.n = 0
    @functools.cached_property
    def val(self):
        """docstring"""
        self.n += 1
        return self.n * 10
p = P()
print(p.val, p.val, p.n, 'val' in p.__dict__, P.val.__doc__)
del p.val
print(p.val)
class S:
    __slots__ = ('a',)
    @functools.cached_property
    def x(self): return 1
try:
    S().x
except TypeError as e:
    print('TypeError', e)
