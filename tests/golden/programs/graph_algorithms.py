class MinHeap:
    def __init__(self):
        self.a = []

    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p

    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[m], a[i] = a[i], a[m]
                i = m
        return top

    def __bool__(self):
        return bool(self.a)


def bfs(graph, start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in sorted(graph[node]):
            if nb not in seen:
                seen.add(nb)
                queue.append(nb)
    return order


def dfs(graph, start, seen=None):
    seen = seen if seen is not None else []
    seen.append(start)
    for nb in sorted(graph[start]):
        if nb not in seen:
            dfs(graph, nb, seen)
    return seen


def dijkstra(wgraph, src):
    dist = {src: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, src))
    while heap:
        d, u = heap.pop()
        if d > dist.get(u, float('inf')):
            continue
        for v, w in wgraph[u].items():
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                prev[v] = u
                heap.push((nd, v))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


def topo_sort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
            indeg.setdefault(d, 0)
    users = {n: [] for n in indeg}
    for n, ds in deps.items():
        for d in ds:
            users[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
        ready.sort()
    if len(out) != len(indeg):
        raise ValueError('cycle detected')
    return out


def components(graph):
    seen, comps = set(), []
    for n in sorted(graph):
        if n not in seen:
            comp = dfs(graph, n, [])
            seen.update(comp)
            comps.append(sorted(comp))
    return comps


g = {'A': {'B', 'C'}, 'B': {'A', 'D'}, 'C': {'A', 'D', 'E'}, 'D': {'B', 'C', 'F'}, 'E': {'C'}, 'F': {'D'},
     'X': {'Y'}, 'Y': {'X'}}
print(bfs(g, 'A'))
print(dfs(g, 'A'))
print(components(g))
w = {'s': {'a': 7, 'b': 2}, 'a': {'c': 1}, 'b': {'a': 3, 'c': 8, 'd': 5}, 'c': {'t': 2}, 'd': {'t': 6}, 't': {}}
dist, prev = dijkstra(w, 's')
print(sorted(dist.items()))
print(path_to(prev, 't'), path_to(prev, 'd'))
print(topo_sort({'app': ['lib', 'utils'], 'lib': ['core'], 'utils': ['core'], 'core': [], 'tests': ['app']}))
try:
    topo_sort({'a': ['b'], 'b': ['a']})
except ValueError as e:
    print('ValueError:', e)
h = MinHeap()
for x in [5, 3, 9, 1, 7, 1]:
    h.push(x)
print([h.pop() for _ in range(6)])
