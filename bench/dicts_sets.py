# dicts_sets: dictionary and set heavy code: word counting, grouping,
# inverted index, memoization, set algebra and a graph BFS on dicts.
# Output never depends on set iteration order (hash seeds vary).
import sys

N = 330_000
if "--quick" in sys.argv[1:]:
    N = 3_000

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda "
         "mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()


def word_stream(n):
    seed = 7
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[seed % len(WORDS)]
        if seed & 0x100:
            w = w + str(seed % 13)
        out.append(w)
    return out


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_first(words):
    groups = {}
    for w in words:
        groups.setdefault(w[0], set()).add(w)
    return groups


def inverted_index(docs):
    index = {}
    for doc_id, doc in enumerate(docs):
        for w in doc:
            if w in index:
                index[w].add(doc_id)
            else:
                index[w] = {doc_id}
    return index


def collatz_lengths(limit):
    memo = {1: 1}

    def length(n):
        if n in memo:
            return memo[n]
        steps = []
        while n not in memo:
            steps.append(n)
            n = n // 2 if n % 2 == 0 else 3 * n + 1
        k = memo[n]
        for s in reversed(steps):
            k += 1
            memo[s] = k
        return k

    best = max(range(1, limit), key=length)
    return best, memo[best], len(memo)


def bfs(graph, start):
    dist = {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            for m in graph[node]:
                if m not in dist:
                    dist[m] = dist[node] + 1
                    nxt.append(m)
        frontier = nxt
    return dist


def main():
    words = word_stream(N)
    counts = count_words(words)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("distinct", len(counts), "top", top)

    groups = group_by_first(words)
    print("groups", sorted((k, len(v)) for k, v in groups.items()))

    docs = [words[i:i + 50] for i in range(0, len(words), 50)]
    index = inverted_index(docs)
    both = index["alpha"] & index["omega"]
    either = index["alpha"] | index["omega"]
    only = index["alpha"] - index["omega"]
    sym = index["beta"] ^ index["gamma"]
    print("index", len(index), len(both), len(either), len(only), len(sym),
          min(both), max(either))

    print("collatz", collatz_lengths(N // 2))

    n = N // 3
    graph = {i: [(i * 2) % n, (i * 3 + 1) % n, (i + 7) % n] for i in range(n)}
    dist = bfs(graph, 0)
    print("bfs", len(dist), max(dist.values()), sum(dist.values()))

    squares = {i * i for i in range(N)}
    hits = sum(1 for i in range(N) if (i * 5 + 4) in squares)
    print("set membership", hits)

    d = {}
    for i in range(N):
        d[i % 1000] = i
        if i % 3 == 0:
            d.pop((i * 7) % 1000, None)
    print("churn", len(d), sum(d.values()), list(d.items())[:3])

    merged = dict(counts)
    merged.update({w: -1 for w in WORDS[:5]})
    merged = {**merged, "extra": 0}
    print("merged", len(merged), merged["alpha"], merged["extra"],
          sorted(k for k in merged if k.startswith("z")))

    fs = frozenset(WORDS[:6])
    lookups = {fs: "first six", frozenset(WORDS[6:]): "rest"}
    print("frozenset key", lookups[frozenset(reversed(WORDS[:6]))],
          fs <= set(WORDS), fs.isdisjoint(WORDS[6:]))


main()
