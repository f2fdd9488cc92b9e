data = [4, 8, 15, 16, 23, 42]
print(sum(data), sum(data) / len(data), min(data), max(data))
print(sum(x for x in data if x % 2 == 0), max((x for x in data if x < 20), default=None))
print(min(abs(x - 20) for x in data), min(data, key=lambda x: abs(x - 20)))
print(sum([[1], [2]], []), sum(((1, 2), (3,)), ()), sum([0.5, 0.25], 1))
print(max(enumerate(data), key=lambda p: p[1]), min(zip(data, 'abcdef')))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)), max(str(i) for i in range(20)))
words = 'a quick brown fox'.split()
print(max(words, key=len), min(words, key=len), sum(map(len, words)), max(map(len, words)))
