import itertools as it
c = it.count()
print([next(c) for _ in range(3)], repr(c))
print(repr(it.count(5)), repr(it.count(1, 2)), repr(it.count(1.5)), repr(it.count(1, 1.0)), repr(it.count(0, 0.5)))
c = it.count(0, 0.5); next(c); next(c); print(repr(c))
print(list(it.islice(it.count(10, -3), 4)), list(it.islice(it.count(start=2, step=2), 3)))
print(list(it.islice(it.cycle('abc'), 7)), list(it.cycle([])))
print(repr(it.repeat(1)), repr(it.repeat('a', 3)), repr(it.repeat(1, -1)), list(it.repeat('x', 3)))
r = it.repeat(2, 2); next(r); print(repr(r), r.__length_hint__(), list(r), repr(r))
print(list(it.repeat(object=4, times=2)), list(map(pow, range(4), it.repeat(2))))
try:
    it.repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError', e)
for bad in (lambda: it.count('a'), lambda: it.repeat(), lambda: it.count(1, 'x'), lambda: it.cycle(1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(type(it.count()).__name__, type(it.count()).__module__, isinstance(it.chain(), it.chain))
