d = {'a': 1}
k, v, it = d.keys(), d.values(), d.items()
print(list(k), list(v), list(it))
d['b'] = 2
d['c'] = 3
print(list(k), list(v), list(it), len(k))
del d['a']
print(k, v, it)
print('b' in k, 2 in v, ('c', 3) in it, ('c', 4) in it)
print(sorted(k - {'b'}), k | {'z'} == {'b', 'c', 'z'}, k ^ {'b', 'q'} == {'c', 'q'})
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k == {'b', 'c'}, v == v, list(d.values()) == [2, 3])
