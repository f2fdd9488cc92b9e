print(list(zip([1, 2, 3], 'abc')), list(zip()), list(zip([1])), list(zip([1, 2], [3])))
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('xy', (1, 2))))
print(list(zip(range(3), range(10, 13), range(20, 23))))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
z = zip('ab', 'cd')
print(type(z).__name__, next(z), list(z))
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
m = [[1, 2, 3], [4, 5, 6]]
print([list(c) for c in zip(*m)])
