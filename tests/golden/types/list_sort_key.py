words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w)))
print(sorted(words, key=len, reverse=True))
records = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (r[1], r[0]), reverse=True))
stable = sorted(records, key=lambda r: r[1], reverse=True)
print(stable)
l = [3, -1, -4, 2]
l.sort(key=abs)
print(l)
try:
    [1, 'a'].sort()
except TypeError as e:
    print(type(e).__name__, e)
big = list(range(1000, 0, -3))
big.sort()
print(big[:5], big[-3:], len(big))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, 'b'), (1, 'a')]))
