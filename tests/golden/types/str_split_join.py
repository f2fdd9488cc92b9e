print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1))
print('  one  two   three '.split(), ' x '.split(' '), ''.split(), ''.split(','))
print('a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2))
print('line1\nline2\r\nline3\rline4'.splitlines(), 'x\n\ny\n'.splitlines(True))
print('key=value=more'.partition('='), 'key=value=more'.rpartition('='), 'none'.partition('='), 'none'.rpartition('='))
print('-'.join(['a', 'b', 'c']), ''.join('xyz'), ', '.join(map(str, range(4))))
print('sep'.join([]), '+'.join(['solo']))
try:
    ','.join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
print('a\tb\x0bc\x0cd\x1ce'.split())
