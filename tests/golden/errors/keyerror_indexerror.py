d = {'a': 1}
for k in ['b', 1, (1, 2), None, '']:
    try:
        d[k]
    except KeyError as e:
        print(repr(e), str(e), e.args)
for seq in [[], [1, 2], (), 'ab', range(2), b'x']:
    try:
        seq[5]
    except IndexError as e:
        print(type(seq).__name__, e)
try:
    [1][-2]
except IndexError as e:
    print(e)
try:
    l = [1]
    l[3] = 0
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    del [1][4]
except IndexError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
