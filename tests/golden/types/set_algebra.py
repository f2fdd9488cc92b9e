a = set(range(0, 20, 2))
b = set(range(0, 20, 3))
print(sorted(a & b), sorted(a | b)[:8], sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a.isdisjoint({1, 3}), (a & b) <= a, a > (a & b), a >= a, a > a)
primes = {2, 3, 5, 7, 11, 13}
odds = {x for x in range(15) if x % 2}
print(sorted(primes - odds), sorted(primes & odds), len(primes | odds))
words1 = set('the cat sat on the mat'.split())
words2 = set('the dog sat on the log'.split())
print(sorted(words1 & words2), sorted(words1 ^ words2))
s = set()
for w in ['x', 'y', 'x', 'z', 'y']:
    s.add(w)
print(sorted(s), len(s))
print(sorted(set.union({1}, {2}, {3})), sorted(set.intersection({1, 2}, {2, 3}, {2, 4})))
c = {1, 2, 3}
c.difference_update({1})
c.symmetric_difference_update({3, 4})
print(sorted(c))
print(set([1, 2]) == {1, 2}, {1, 2} == frozenset([1, 2]), {1} < {1, 2} < {1, 2, 3})
