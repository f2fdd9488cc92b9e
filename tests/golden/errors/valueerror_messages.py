cases = [
    lambda: int('abc'),
    lambda: int('12', 2),
    lambda: float('x1'),
    lambda: [1, 2].index(3),
    lambda: [].remove(0),
    lambda: 'abc'.index('z'),
    lambda: (1,).index(2),
    lambda: 'a b'.split(''),
    lambda: range(1, 5, 0),
    lambda: chr(-5),
    lambda: int('1e5'),
    lambda: complex('1+2'),
    lambda: bytes([300]),
    lambda: 'x'.encode('nonexistent-codec'),
    lambda: '{:q}'.format(1),
    lambda: max([]),
    lambda: divmod(1, 2) and (1, 2, 3).__getitem__(slice(None, None, 0)),
    lambda: int('  ', 10),
    lambda: 'abc'.center(-1) and 'x'.zfill('1'),
]
for c in cases:
    try:
        c()
    except (ValueError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
a, b = 0, 0
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b = [1]
except ValueError as e:
    print(e)
