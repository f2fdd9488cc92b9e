PUZZLE = '''
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
'''


def parse(text):
    rows = [r for r in text.strip().split('\n')]
    return [[0 if ch == '.' else int(ch) for ch in r] for r in rows]


def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


stats = {'calls': 0}


def solve(g):
    stats['calls'] += 1
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cands = candidates(g, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False


def show(g):
    lines = []
    for r in range(9):
        if r and r % 3 == 0:
            lines.append('------+-------+------')
        row = ''
        for c in range(9):
            if c and c % 3 == 0:
                row += '| '
            row += (str(g[r][c]) if g[r][c] else '.') + ' '
        lines.append(row.rstrip())
    return '\n'.join(lines)


def valid(g):
    groups = [g[r] for r in range(9)] + [[g[r][c] for r in range(9)] for c in range(9)]
    groups += [[g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(x) == list(range(1, 10)) for x in groups)


grid = parse(PUZZLE)
print(show(grid))
print()
print(solve(grid), valid(grid))
print(show(grid))
print(stats['calls'] < 100)
bad = parse(PUZZLE)
bad[0][2] = 5
print(solve(bad))
