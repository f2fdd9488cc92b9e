print({1, 2, 3}, {3, 2, 1}, {0, 5, 10})
s = set()
for i in range(10):
    s.add(i)
print(s)
print({n * n for n in range(6)})
print(set(range(5)) | {5}, {1, 2, 3} - {2})
print(frozenset({4, 2, 0}), list({7, 3, 5}) == sorted({7, 3, 5}))
