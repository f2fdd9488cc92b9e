a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = 'hello'
print(h, mid, t)
*empty, one = [1]
print(empty, one)
x = y = z = 0
print(x, y, z)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
try:
    p, q = [1, 2, 3]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    p, q, r = [1, 2]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    p, *q, r = [1]
except ValueError as ex:
    print(type(ex).__name__, ex)
