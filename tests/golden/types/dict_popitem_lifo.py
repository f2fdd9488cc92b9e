d = {}
for c in 'abcde':
    d[c] = ord(c)
print(d.popitem(), d.popitem(), list(d))
d['z'] = 0
print(d.popitem(), d)
d.update(x=1)
d['a'] = 'updated'
print(list(d), d.popitem())
while d:
    k, v = d.popitem()
    print(k, v, end=' | ')
print()
