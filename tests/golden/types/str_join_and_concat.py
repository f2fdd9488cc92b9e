print(', '.join(['a', 'b', 'c']), ''.join(('x', 'y')), '-'.join('abc'), ' '.join(str(i) for i in range(5)))
print('|'.join({'k1': 1, 'k2': 2}), '+'.join(sorted({'b', 'a'})), '\n'.join([]) == '')
parts = []
for w in ['alpha', 'beta']:
    parts.append(w.upper())
print('/'.join(parts), 'a' + 'b' * 3 + 'c', ('ab' 'cd'), 'x' * 0 == '')
try:
    '-'.join(['a', None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' + 5
except TypeError as e:
    print(type(e).__name__, e)
s = 'start'
s += '-middle'
s += '-end'
print(s, len(s))
