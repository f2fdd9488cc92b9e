MAZE = """
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
###.#.###
#.....#.#
#########
"""


def parse(text):
    grid = [list(row) for row in text.strip().split('\n')]
    start = end = None
    for y, row in enumerate(grid):
        for x, ch in enumerate(row):
            if ch == 'S':
                start = (x, y)
            elif ch == 'E':
                end = (x, y)
    return grid, start, end


def neighbors(grid, pos):
    x, y = pos
    for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= ny < len(grid) and 0 <= nx < len(grid[ny]) and grid[ny][nx] != '#':
            yield nx, ny


def bfs(grid, start, end):
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for p in frontier:
            if p == end:
                path = []
                while p is not None:
                    path.append(p)
                    p = prev[p]
                return path[::-1], len(prev)
            for n in neighbors(grid, p):
                if n not in prev:
                    prev[n] = p
                    nxt.append(n)
        frontier = nxt
    return None, len(prev)


def dfs_count_paths(grid, pos, end, seen):
    if pos == end:
        return 1
    total = 0
    for n in neighbors(grid, pos):
        if n not in seen:
            seen.add(n)
            total += dfs_count_paths(grid, n, end, seen)
            seen.remove(n)
    return total


grid, start, end = parse(MAZE)
print('start', start, 'end', end, 'size', len(grid[0]), 'x', len(grid))
path, explored = bfs(grid, start, end)
print('path length', len(path) - 1, 'explored', explored)
print(path)
for x, y in path[1:-1]:
    grid[y][x] = '*'
print('\n'.join(''.join(r) for r in grid))
print('simple paths', dfs_count_paths(grid, start, end, {start}))
grid2, s2, e2 = parse(MAZE.replace('#.#####.#', '#.#######'))
p2, ex2 = bfs(grid2, s2, e2)
print('blocked maze path', None if p2 is None else len(p2) - 1, 'explored', ex2)
