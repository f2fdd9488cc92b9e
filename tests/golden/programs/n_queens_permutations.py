def queens(n):
    sols = []
    cols, d1, d2 = set(), set(), set()
    placement = []

    def place(r):
        if r == n:
            sols.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c)
            d1.add(r - c)
            d2.add(r + c)
            placement.append(c)
            place(r + 1)
            placement.pop()
            cols.remove(c)
            d1.remove(r - c)
            d2.remove(r + c)
    place(0)
    return sols


def permutations(seq):
    if len(seq) <= 1:
        yield list(seq)
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield [x] + rest


def combinations(seq, k):
    if k == 0:
        yield []
        return
    for i in range(len(seq) - k + 1):
        for rest in combinations(seq[i + 1:], k - 1):
            yield [seq[i]] + rest


def power_set(seq):
    out = [[]]
    for x in seq:
        out += [s + [x] for s in out]
    return out


def next_permutation(a):
    a = list(a)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a


for n in range(1, 9):
    print(n, len(queens(n)))
first = queens(8)[0]
print(first)
for c in first:
    print(' '.join('Q' if i == c else '.' for i in range(8)))
print([''.join(p) for p in permutations('abc')])
print(sum(1 for _ in permutations(list(range(6)))))
print(list(combinations([1, 2, 3, 4], 2)))
print(len(list(combinations(list(range(10)), 4))), sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))
p = [1, 2, 3]
seq = []
while p:
    seq.append(''.join(map(str, p)))
    p = next_permutation(p)
print(seq)
