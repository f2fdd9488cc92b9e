import itertools as it
print(list(it.product('ab', range(2))), list(it.product([1, 2], repeat=2)), list(it.product()), list(it.product('ab', [])))
print(len(list(it.product('abc', repeat=3))), list(it.product('ab', 'c', repeat=2))[:3])
print([''.join(p) for p in it.permutations('abc')], list(it.permutations(range(3), 2)))
print(list(it.permutations('ab', 3)), list(it.permutations('', 0)), list(it.permutations('abc', 0)))
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 3)), list(it.combinations('ab', 0)))
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement('', 2)), list(it.combinations_with_replacement('', 0)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))), len(list(it.combinations_with_replacement(range(5), 3))))
for t in (lambda: it.combinations('abc', -1), lambda: it.permutations('abc', -1), lambda: it.product([1], repeat=-1),
          lambda: it.permutations('a', 'b'), lambda: it.combinations_with_replacement('a', -1), lambda: it.product(1)):
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
