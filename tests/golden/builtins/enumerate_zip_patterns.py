names = ['ann', 'bob', 'cy']
scores = [90, 85, 77]
for rank, (n, s) in enumerate(sorted(zip(names, scores), key=lambda p: -p[1]), 1):
    print(rank, n, s)
print(list(zip(*zip(names, scores))))
print({n: i for i, n in enumerate(names)})
pairs = list(zip(range(5), range(5, 10)))
print(pairs, [a * b for a, b in pairs])
print(list(zip('abc', range(10), [True, False])))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(r) for r in zip(*matrix[::-1])])
print(list(enumerate(zip('ab', 'cd'), start=100)))
it = iter(range(6))
print(list(zip(it, it)))
