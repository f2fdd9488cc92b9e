def parse(pattern):
    cells = set()
    for y, row in enumerate(pattern.strip('\n').split('\n')):
        for x, ch in enumerate(row):
            if ch == '#':
                cells.add((x, y))
    return cells


def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = (x + dx, y + dy)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}


def render(cells, w, h):
    return '\n'.join(''.join('#' if (x, y) in cells else '.' for x in range(w)) for y in range(h))


def bbox(cells):
    xs = [x for x, _ in cells]
    ys = [y for _, y in cells]
    return min(xs), min(ys), max(xs), max(ys)


glider = parse('''
.#.
..#
###
''')
g = glider
for gen in range(5):
    print(f'gen {gen} population {len(g)} bbox {bbox(g)}')
    print(render(g, 6, 6))
    g = step(g)
blinker = parse('###')
print(sorted(step(blinker)), step(step(blinker)) == blinker)
block = parse('##\n##')
print(step(block) == block)
rpent = parse('''
.##
##.
.#.
''')
pop = []
cells = rpent
for i in range(60):
    cells = step(cells)
    pop.append(len(cells))
print(pop[:20])
print(max(pop), pop[-1])
toad = parse('.###\n###.')
period = next(n for n in range(1, 10) if (lambda c: [c := step(c) for _ in range(n)][-1])(toad) == toad)
print('toad period', period)
