# nqueens: count every placement of N non-attacking queens on an N x N
# board, once with set-based backtracking and once with bit masks.
import sys

N = 11
if "--quick" in sys.argv[1:]:
    N = 6


def solve_sets(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    count = 0
    first = None
    placed = []

    def place(row):
        nonlocal count, first
        if row == n:
            count += 1
            if first is None:
                first = tuple(placed)
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return count, first


def solve_bits(n):
    full = (1 << n) - 1

    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total

    return go(0, 0, 0)


def main():
    for n in range(4, N + 1):
        count, first = solve_sets(n)
        print(n, count, solve_bits(n), first)
    # the generator form: every solution as a permutation, filtered lazily
    n = N - 2
    sols = [p for p in permutations(list(range(n)))
            if len({p[i] + i for i in range(n)}) == n
            and len({p[i] - i for i in range(n)}) == n]
    print(n, len(sols), sols[0], sols[-1])


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (items[i],) + tail


main()
