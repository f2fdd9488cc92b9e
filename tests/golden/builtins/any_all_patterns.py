nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n % 2 for n in nums))
print(all(isinstance(x, int) for x in nums), any(x > 10 for x in nums))
grid = [[1, 0], [0, 0]]
print(any(any(row) for row in grid), all(all(row) for row in grid), any(map(any, grid)))
def has_duplicates(seq):
    return any(seq.count(x) > 1 for x in seq)
print(has_duplicates([1, 2, 3]), has_duplicates('hello'))
print(all(a <= b for a, b in zip([1, 2, 2, 5], [2, 2, 5, 9])))
word = 'Password1'
checks = [any(c.isupper() for c in word), any(c.isdigit() for c in word), len(word) >= 8]
print(checks, all(checks))
