d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = ord(k)
print(list(d))
del d['a']
d['a'] = 0
print(list(d))
d['z'] = 'updated keeps position'
print(list(d.items())[0])
keys = d.keys()
vals = d.values()
items = d.items()
d['new'] = 1
print(len(keys), list(keys)[-1], list(vals)[-1], ('new', 1) in items)
print(keys & {'z', 'q'}, sorted(keys | {'q'}), sorted(keys - {'z'}), keys == {'z', 'm', 'b', 'a', 'new'})
print(type(keys).__name__, type(vals).__name__, type(items).__name__)
try:
    for k in d:
        d['x' + k] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(reversed(d.keys()))[:2])
print({'a': 1}.items() == {('a', 1)})
