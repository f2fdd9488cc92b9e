matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] * 10 for row in matrix if row[0] > 1] for i in range(3) if i != 1])
print({(i, j): v for i, row in enumerate(matrix) for j, v in enumerate(row) if v % 4 == 0})
print([x for row in matrix for x in row if x % 2 if x > 2])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print(sorted({w[0] for w in 'apple banana avocado cherry blueberry'.split()}))
words = ['one', 'two', 'three', 'four']
print({len(w): [x for x in words if len(x) == len(w)] for w in words})
print([[y for y in range(x)] for x in range(4) if x])
primes = [n for n in range(2, 50) if all(n % d for d in range(2, n))]
print(primes)
print(sum(x * y for x, y in zip(range(5), range(5, 10))), [i for i, _ in enumerate('abc')])
total = 0
print([total := total + x for x in range(1, 6)], total)
