print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)))
e = enumerate(['x', 'y'], start=-1)
print(type(e).__name__, next(e), next(e))
try:
    next(e)
except StopIteration:
    print('exhausted')
for i, (a, b) in enumerate(zip('pq', 'rs')):
    print(i, a, b)
print(dict(enumerate('hi')))
print(list(enumerate(range(3), 10 ** 20)))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
