print(list(filter(None, [0, 1, '', 'a', [], [1], None])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isupper, 'aBcD')))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2])))
m = map(int, '123')
print(type(m).__name__, next(m), list(m), list(m))
f = filter(None, [])
print(type(f).__name__, list(f))
print(list(map(len, ['a', 'bb'])), sum(map(int, '999')))
try:
    map(1, [1])
    list(map(1, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(str)
except TypeError as e:
    print(type(e).__name__, e)
