d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], 'b' in d, 'z' in d)
print(d.get('a'), d.get('z'), d.get('z', 0))
print(list(d.keys()), list(d.values()), list(d.items()))
del d['b']
print(d)
d['a'] = 100
print(d)
print(dict(x=1, y=2), dict([('k', 'v')]), dict({'a': 1}, b=2), dict(zip('ab', range(2))), dict())
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
print({1: 'int', 1.0: 'float'}, {True: 1, 1: 2})
print(d == {'c': 3, 'a': 100}, {'a': 1} != {'a': 2})
e = {}
e[(1, 2)] = 'tuple'
e[None] = 'none'
e[3.5] = 'float'
print(e)
