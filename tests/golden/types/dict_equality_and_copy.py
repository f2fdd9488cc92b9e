a = {'x': 1, 'y': [1, 2]}
b = {'y': [1, 2], 'x': 1}
print(a == b, list(a) == list(b))
c = a.copy()
c['y'].append(3)
c['x'] = 99
print(a, c)
d = dict(a)
d['new'] = 1
print('new' in a, len(d))
print({1: 'a'} == {1.0: 'a'}, {} == dict(), {'a': 1} != {'a': 1.0})
e = dict.fromkeys(['k1', 'k2'], [])
e['k1'].append('shared')
print(e)
