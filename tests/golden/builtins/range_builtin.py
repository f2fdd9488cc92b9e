print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(-5, -1)))
print(range(3) == range(3), range(0, 3, 2) == range(0, 4, 2), list(range(0, -5, -1)))
print(sum(range(1, 11)), max(range(7)), sorted(range(3), reverse=True))
for r in [range(0), range(1), range(1, 0)]:
    print(r, len(r), bool(r))
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
try:
    range('5')
except TypeError as e:
    print(type(e).__name__, e)
