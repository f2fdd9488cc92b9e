print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip('abc', [1, 2, 3]) if v != 2})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print(sorted({x % 4 for x in range(20)}))
print(sorted({c for c in 'mississippi'}))
print({(x, y): x * y for x in range(2) for y in range(2)})
d = {n: [m for m in range(n)] for n in range(4)}
print(d)
print({i: chr(65 + i) for i in range(3)})
