r = range(10)
print(r, list(r), len(r), r[3], r[-1], r[2:5], r[::-2])
print(range(2, 20, 3), list(range(2, 20, 3)), list(range(5, 0, -1)), list(range(0)), list(range(3, 1)))
print(len(range(0, 100, 7)), len(range(10, 0, -3)), 5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 3 in range(0, 10, 2))
print(range(0, 10, 3).index(6), range(0, 10, 3).count(6), range(5) == range(0, 5), range(0) == range(2, 2))
print(r.start, r.stop, r.step, range(1, 2, 3).step)
big = range(10 ** 20)
print(len(range(0, 10 ** 18, 7)), big[10 ** 19], 10 ** 19 in big)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(5)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3)), repr(range(-3, 3, 2)), sum(range(101)))
