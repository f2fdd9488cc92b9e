r = range(10, 0, -2)
print(list(r), r[0], r[-1], len(r), 4 in r, 5 in r, r.index(6), r.count(8))
print(list(r[1:3]), r[::-1], list(r[::-1]), r[1:3])
print(range(0, 10, 3)[1:], range(5)[::2], range(3)[10:])
print(range(1, 10) == range(1, 10, 1), range(0) == range(5, 5), range(1, 2) != range(1, 3))
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), list(range(0, 1, 5)))
print(sum(range(0, 1000, 7)), max(range(-3, 4)), sorted(range(3), reverse=True))
for i in range(3, 0, -1):
    print(i, end=' ')
print()
print(range(10)[-3], range(2 ** 70)[-1] == 2 ** 70 - 1, len(range(-10, 10, 4)))
try:
    range(3)[::0]
except ValueError as e:
    print(type(e).__name__, e)
