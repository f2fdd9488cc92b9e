a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, [0] * 3, [] * 5)
print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 0], [2] > [1, 9])
print(len(a), 2 in a, 7 not in a, min(a), max(a), sum(a))
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
good = [[0] * 2 for _ in range(2)]
good[0][0] = 9
print(good)
print(list('abc'), list(range(3)), list((1, 2)), list({'k': 1}), list())
a[1:1] = [10, 11]
print(a)
x = [1, 2]
x.append(x)
print(x)
print(repr([None, True, 1.0, 'q', b'b', (1,), {1: 2}]))
print([1, 2, 3][::-1], [1, [2, [3]]][1][1][0])
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
l = [1, 2]
l *= 3
print(l)
