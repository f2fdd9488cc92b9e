data = {'list': [1, 2.5, 'three'], 'tuple': (None, True), 'set': {42}, 'nested': {'a': [{'b': ()}]},
        'bytes': b'\x00A', 'str': 'quote\'s "both"', 'empty': [[], {}, ()]}
print(repr(data))
print(str(data) == repr(data))
print([repr(x) for x in ['a', "b'", 'c"', '\\', '\t']])
print(repr(1e100), repr(1e-100), repr(-0.0), repr(float('inf')), repr([float('nan')]))
print(repr(range(3)), repr(slice(1, 2)), repr(frozenset()), repr(set()), repr({}.keys()))
print(repr(object) , repr(int), repr(type(None)), repr(len))
