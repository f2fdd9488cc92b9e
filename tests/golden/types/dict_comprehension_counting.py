text = 'the cat and the hat and the bat'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print(max(counts, key=counts.get))
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], len(grid), sum(grid.values()))
nested = {'a': {'b': {'c': 1}}}
print(nested['a']['b']['c'], nested.get('x', {}).get('y'))
letters = {c: i for i, c in enumerate('hello')}
print(letters)
