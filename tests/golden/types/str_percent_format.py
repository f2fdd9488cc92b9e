print('%s and %s' % ('a', 'b'), '%d items' % 5, '%5d|%-5d|%05d' % (42, 42, 42))
print('%x %X %o %#x %#o %e %E' % (255, 255, 8, 255, 8, 12345.678, 0.00012))
print('%.2f %8.3f %-8.1f| %+d %+d % d' % (3.14159, 2.5, 1.25, 5, -5, 5))
print('%r %s %a' % ('q', 'q', 'é'), '%c%c' % (65, 'b'), '100%%' % ())
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%s' % [1, 2], '%s' % (1,), '%s %s' % (None, True))
print('%i %u' % (3, 4), '%g %g %g' % (0.00001, 1e10, 123.0))
print('%10s|%-10s|' % ('right', 'left'), '%.2s' % 'abcdef')
for bad in [('%d', 'x'), ('%s %s', ('one',)), ('%s', (1, 2)), ('%z', 1)]:
    try:
        bad[0] % bad[1]
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b'%s %d' % (b'bytes', 3), b'%x' % 255)
