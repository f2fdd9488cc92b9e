a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print({*a, *b})
print({**{'x': 1}, **{'y': 2}, 'x': 3})
print([*'abc', *range(2)])
print(*a, *b)
print(*[], sep='-')
d1 = {'a': 1}
d2 = {'b': 2}
merged = {**d1, **d2}
print(merged, d1 | d2)
print([*a, *a][::-1])
s = {*()}
print(s, type(s).__name__)
