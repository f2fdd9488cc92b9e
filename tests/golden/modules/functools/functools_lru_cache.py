import functools
calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(calls, sq.cache_info())
print(sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())
@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@functools.cache
def c(a, b=2):
    calls.append((a, b))
    return a + b
calls.clear()
print(c(1), c(1), c(1, b=2), c(a=1), c(1, 3), calls, c.cache_info())
@functools.lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
print(z.cache_info())
print(functools.lru_cache(maxsize=-5)(len).cache_info().maxsize)
try:
    functools.lru_cache('x')
except TypeError as e:
    print('TypeError', e)
try:
    c([1])
except TypeError as e:
    print('TypeError', e)
class K:
    @functools.lru_cache(maxsize=10)
    def m(self, x):
        return x + 1
k = K()
print(k.m(1), k.m(1), K.m.cache_info().hits)
info = sq.cache_info()
print(info.hits, info.maxsize, type(info).__name__, info._fields)
print(fib.__name__, fib.__wrapped__(10))
