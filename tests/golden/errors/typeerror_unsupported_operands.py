pairs = [(1, 'a'), ('a', 1), ([], {}), ({}, {}), (None, None), (1.5, 'x'), (b'a', 'a'), ((1,), [1]), (set(), []), (1j, None)]
for a, b in pairs:
    for sym, fn in [('+', lambda x, y: x + y), ('-', lambda x, y: x - y), ('*', lambda x, y: x * y), ('<', lambda x, y: x < y)]:
        try:
            fn(a, b)
            print(type(a).__name__, sym, type(b).__name__, 'ok')
        except TypeError as e:
            print(e)
