# comprehensions: list, dict, set comprehensions and generator
# expressions, nested loops and conditions, matrix work on nested lists.
import sys

N = 1000
if "--quick" in sys.argv[1:]:
    N = 60


def main():
    n = N
    a = [[(i * j + 1) % 17 for j in range(n)] for i in range(n)]
    t = [[row[j] for row in a] for j in range(n)]
    diag = [a[i][i] for i in range(n)]
    print("transpose", sum(sum(r) for r in t), sum(diag))

    m = n // 4
    x = [[(i + j) % 7 for j in range(m)] for i in range(m)]
    y = [[(i * 3 + j) % 5 for j in range(m)] for i in range(m)]
    yt = [list(col) for col in zip(*y)]
    prod = [[sum(p * q for p, q in zip(row, col)) for col in yt] for row in x]
    print("matmul", sum(map(sum, prod)), prod[1][2])

    flat = [v for row in a for v in row if v % 3 == 0]
    print("flat", len(flat), sum(flat))

    squares = {i: i * i for i in range(n * 50)}
    inverse = {v: k for k, v in squares.items() if k % 2}
    print("dicts", len(squares), len(inverse), inverse[9801])

    residues = {i * i % 1009 for i in range(n * 50)}
    pairs = {(i % 10, j % 10) for i in range(n) for j in range(0, n, 7)}
    print("sets", len(residues), len(pairs))

    g = sum(i * i for i in range(n * 500) if i % 3)
    mx = max((i * 7919) % 10007 for i in range(n * 100))
    anyv = any(v > 15 for row in a for v in row)
    allv = all(v < 17 for row in a for v in row)
    print("genexpr", g, mx, anyv, allv)

    triples = [(p, q, r) for p in range(1, 60) for q in range(p, 60)
               for r in range(q, 90) if p * p + q * q == r * r]
    print("pythagorean", len(triples), triples[:3])

    words = ["w%d" % (i % 211) for i in range(n * 20)]
    lengths = [len(w) for w in words]
    upper = [w.upper() for w in words if w.endswith("7")]
    print("words", sum(lengths), len(upper), upper[:3])

    nested = [[[k for k in range(j % 5)] for j in range(i % 7)] for i in range(n * 3)]
    print("nested", sum(len(inner) for outer in nested for mid in outer for inner in [mid]))

    scope = [lambda v, k=k: v + k for k in range(5)]
    print("closures", [f(10) for f in scope])


main()
