print('%s %r' % ('str', 'str'), '%5.1f%%' % 99.5, '%c' % 10004)
print('%-6s|%6s|' % ('ab', 'cd'), '%+.2e' % 12345.6789, '%#o %#x %#X' % (8, 255, 255))
print('%3d|%-3d|%03d' % (-5, -5, -5), '% 5d' % 42, '%.0f %.0f' % (0.5, 1.5))
print('%(a)s-%(b)05.1f' % {'a': 'x', 'b': 2.25}, '%s' % {'k': 'v'}, '%s' % ((1, 2),))
print('%x' % 3735928559, '%o' % -8, '%e' % 0, '%g' % 1e-5, '%g' % 123456789)
print('%10.4s|' % 'abcdefgh', '%-10.2s|' % 'xyz', '%.3r' % 'abcdef')
print('%i%%' % 50, '%5%' % () if False else 'pct-skip', '%s and %s' % (True, None))
try:
    '%(missing)s' % {}
except KeyError as e:
    print(type(e).__name__, e)
try:
    '%d' % '5'
except TypeError as e:
    print(type(e).__name__, e)
print('%s' % 'only', '%s' % ['list'], '%.2f' % 2, '%d' % 3.99)
