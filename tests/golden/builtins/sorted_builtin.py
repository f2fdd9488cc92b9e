print(sorted([3, 1, 2]), sorted('cba'), sorted((2, 1)), sorted({3: 'a', 1: 'b'}), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(['a', 'B', 'c'], key=str.lower), sorted([-3, 2, -1], key=abs))
data = [{'n': 'x', 'v': 2}, {'n': 'y', 'v': 1}]
print([d['n'] for d in sorted(data, key=lambda d: d['v'])])
l = [5, 4]
s = sorted(l)
print(l, s, s is l)
try:
    sorted([1, None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([1.5, 1, True, 0.5]), sorted(range(5), key=lambda x: -x))
