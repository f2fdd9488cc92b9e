d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('a'), d.pop('zz', 'dflt'), d)
print(d.popitem(), d)
print(d.setdefault('b', 99), d.setdefault('n', []), d)
d['n'].append(1)
d.update({'x': 10}, y=20)
d.update([('z', 30)])
print(d)
print(dict.fromkeys('abc'), dict.fromkeys(range(3), 0))
c = d.copy()
c['x'] = 'changed'
print(d['x'], c['x'])
c.clear()
print(c)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.pop('k')
except KeyError as e:
    print(type(e).__name__, e)
m = {'a': 1} | {'b': 2}
m |= {'a': 0}
print(m)
print(sorted(d), list(reversed({'p': 1, 'q': 2})))
