# spectral_norm: the largest singular value of the infinite matrix
# A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1), by power iteration on A^T A.
import sys

N = 260
if "--quick" in sys.argv[1:]:
    N = 40


def a(i, j):
    ij = i + j
    return 1.0 / ((ij * (ij + 1) >> 1) + i + 1)


def times(v):
    n = len(v)
    return [sum([a(i, j) * v[j] for j in range(n)]) for i in range(n)]


def times_transposed(v):
    n = len(v)
    return [sum([a(j, i) * v[j] for j in range(n)]) for i in range(n)]


def at_times_a(v):
    return times_transposed(times(v))


def main():
    u = [1.0] * N
    for _ in range(10):
        v = at_times_a(u)
        u = at_times_a(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print("%0.9f" % (vbv / vv) ** 0.5)


main()
