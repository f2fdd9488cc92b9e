print([1, 2] == [1, 2], [1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [[1]] < [[2]])
print(['a', 'b'] < ['a', 'c'], [1.0] == [1], [float('nan')] == [float('nan')])
nan = float('nan')
l = [nan]
print(l == l, nan in l, l.count(nan), l.index(nan))
try:
    [1, 'x'] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print(max([[1, 2], [1, 2, 3], [0, 9]]), sorted([[2], [1, 5], [1]]))
