seen = set()
unique_in_order = []
for x in [3, 1, 3, 2, 1, 5, 2]:
    if x not in seen:
        seen.add(x)
        unique_in_order.append(x)
print(unique_in_order, len(seen))
emails = ['A@x.com', 'a@x.com', 'b@y.org', 'B@Y.org ', 'c@z.net']
print(sorted({e.strip().lower() for e in emails}))
allowed = frozenset({'read', 'write'})
for perm in ['read', 'exec', 'write']:
    print(perm, perm in allowed)
a = {1, 2, 3}
print(a.copy() == a, a.copy() is a, {*a, 4} - a, len(a | set()))
