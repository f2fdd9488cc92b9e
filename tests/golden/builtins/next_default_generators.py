def gen():
    yield 'a'
    yield 'b'
g = gen()
print(next(g, 'x'), next(g, 'x'), next(g, 'x'), next(g, 'x'))
print(next(iter([]), None), next(iter('q')), next((c for c in 'hello' if c > 'h'), None))
print(next(filter(lambda n: n > 10, range(100))), next(map(str, [7])))
d = {'k': 1}
print(next(iter(d.items())), next(iter(d.values()), 0))
first_even = next((n for n in [1, 3, 5] if n % 2 == 0), 'none found')
print(first_even)
try:
    next(g)
except StopIteration:
    print('StopIteration without default')
