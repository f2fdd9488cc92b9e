print(sorted(set('banana')), set(), sorted(set([3, 1, 3])), sorted(set(range(4))), set({1: 2}))
print(sorted(frozenset('ab')), frozenset(), frozenset([1]) == {1})
print(sorted(set(x % 3 for x in range(9))))
try:
    set(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
