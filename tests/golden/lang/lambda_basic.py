sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
print((lambda: 'no args')())
print(sq.__name__)
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
