d = {}
d[1] = 'int'
d[2.5] = 'float'
d['s'] = 'str'
d[(1, 2)] = 'tuple'
d[None] = 'none'
d[True] = 'bool overrides 1'
d[frozenset({1})] = 'frozenset'
d[b'b'] = 'bytes'
d[range(2)] = 'range'
print(d)
print(d[1], d[1.0], d[(1, 2)], d[frozenset([1])], d[range(0, 2)])
for bad in [[1], {1: 2}, {1}, bytearray(b'x')]:
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
print(len(d), 1 in d, 2 in d, 2.5 in d)
