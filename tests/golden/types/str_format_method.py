print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{0}{0}'.format('x'))
print('{name} is {age}'.format(name='Bob', age=7), '{0[1]} {1[k]}'.format([1, 2], {'k': 'v'}))
class P:
    x = 3
print('{.x}'.format(P()), '{0.x}'.format(P()), '{p.x}'.format(p=P()))
print('{:>6}|{:<6}|{:^6}|{:*^7}'.format('r', 'l', 'c', 'z'))
print('{:d} {:5d} {:+d} {:,d} {:_d} {:x} {:#b}'.format(1, 2, 3, 1234567, 1234567, 255, 5))
print('{:.3} {:.3f} {:10.2e}|'.format(3.14159, 3.14159, 31415.9))
print('{{}} {{{}}}'.format('in'))
print('{!r} {!s} {!a}'.format('x', 'y', 'é'))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{0:>{1}}'.format('x', 4))
print('{:%}'.format(0.25), '{:.0%}'.format(1 / 3))
for fmt, args in [('{', ()), ('{0} {}', (1, 2)), ('{2}', (1,)), ('{x}', ())]:
    try:
        fmt.format(*args)
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
