for n in [0, 7, -7, 255, 10 ** 12, -(2 ** 40)]:
    print(str(n), repr(n), format(n, 'b'), format(n, 'o'), format(n, 'x'), format(n, 'X'), format(n, ','))
print(int('  0042'), int('0b1010', 2), int('0o777', 8), int('0xBEEF', 16), int('1010', base=2))
print(int('-  5'.replace(' ', '')), int('+10'), int('1' * 30))
print(str(10 ** 50), len(str(3 ** 300)))
print(f'{123456789:_}', f'{-42:08d}', f'{42:+}', f'{42: }', f'{0:#x}', f'{255:#010b}')
print('%d %5d %-5d| %05d %+d %x %o' % (1, 2, 3, 4, 5, 255, 8))
print(int(str(-12345)) == -12345, int(repr(2 ** 100)) == 2 ** 100)
