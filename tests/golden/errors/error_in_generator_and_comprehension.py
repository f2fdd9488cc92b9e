def gen():
    yield 1
    raise ValueError('gen failure')
try:
    for x in gen():
        print('got', x)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)
g = gen()
next(g)
try:
    next(g)
except ValueError:
    print('raised once')
print(next(g, 'exhausted after error'))
