from collections import defaultdict
graph = defaultdict(set)
for a, b in [('a', 'b'), ('a', 'c'), ('b', 'c'), ('d', 'a')]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
by_len = defaultdict(list)
for w in 'the quick brown fox jumps over the lazy dog'.split():
    by_len[len(w)].append(w)
print(dict(sorted(by_len.items())))
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
t['a']['x'] = 2
def todict(d):
    return {k: todict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(todict(t))
counts = defaultdict(int, {'seed': 5})
counts['seed'] += 1
counts['new'] += 1
print(sorted(counts.items()), counts.default_factory.__name__)
print(defaultdict(list).get('missing'), len(defaultdict(list)))
