def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows
for row in pascal(7):
    print(' '.join(map(str, row)).center(30))
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(rotate(m), rotate(rotate(rotate(rotate(m)))) == m)
print(spiral([row[:] for row in m]), spiral([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]))
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
for row in identity(3):
    print(row)
print([sum(r) for r in m], [sum(c) for c in zip(*m)], sum(m[i][i] for i in range(3)))
