edges = {frozenset({'a', 'b'}): 1, frozenset({'b', 'c'}): 2}
print(edges[frozenset({'b', 'a'})], frozenset({'c', 'b'}) in edges)
groups = {frozenset(w) for w in ['ab', 'ba', 'abc', 'cab', 'x']}
print(len(groups), sorted(sorted(g) for g in groups))
f = frozenset([1, 2, 3])
print(sorted(f.union([4])), sorted(f.intersection({2, 3, 9})), sorted(f.difference({1})), f.isdisjoint({7}))
print(frozenset() == frozenset([]), hash(frozenset()) == hash(frozenset()), bool(frozenset()))
