import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0))
print(op.lshift(1, 4), op.rshift(256, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 1), op.ge(1, 2), op.gt(3, 2))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
try:
    op.indexOf([1], 5)
except ValueError as e:
    print('ValueError', e)
try:
    op.concat(1, 2)
except TypeError as e:
    print('TypeError', e)
d = {}
op.setitem(d, 'a', 1); print(op.getitem(d, 'a')); op.delitem(d, 'a'); print(d)
print(op.index(7), op.length_hint([1, 2, 3]), op.length_hint(iter(range(5))), op.length_hint(object(), 9))
class H:
    def __length_hint__(self): return 4
print(op.length_hint(H()))
x = [1]; y = op.iadd(x, [2]); print(x, y is x)
print(op.iconcat([1], (2,)), op.isub(5, 2), op.imul(3, 3), op.ipow(2, 5), op.ior(1, 2))
print(op.call(max, 1, 5, 2), op.__add__(1, 2), op.__not__(1))
print(op.matmul.__name__, op.add.__doc__)
g = op.itemgetter(1)
print(g([10, 20, 30]), repr(g))
g = op.itemgetter(0, 2, 'x'.__class__)
print(repr(g))
print(op.itemgetter(0, 2)('abc'), op.itemgetter(slice(1, 3))('abcd'))
class P:
    def __init__(self): self.name = 'n'; self.sub = self
a = op.attrgetter('name'); b = op.attrgetter('sub.sub.name', 'name')
print(a(P()), b(P()), repr(a), repr(b))
m = op.methodcaller('split', ',', maxsplit=1)
print(m('a,b,c'), repr(m), repr(op.methodcaller('upper')))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=op.itemgetter(1)))
for bad in (lambda: op.itemgetter(), lambda: op.attrgetter(), lambda: op.attrgetter(1), lambda: op.methodcaller(), lambda: op.methodcaller(3)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(len(op.__all__), op.__all__[:5])
