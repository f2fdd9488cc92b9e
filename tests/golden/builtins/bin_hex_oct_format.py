for n in [0, 1, 10, 255, 4096, -42]:
    print(f'{n:>5} {bin(n):>12} {oct(n):>7} {hex(n):>7} {n:08b} {n:o} {n:#06x}')
print(int('101', 2), int('ff', 16), int('777', 8), int('z', 36))
print(format(255, 'b').count('1'), bin(2 ** 20).count('0'), len(hex(2 ** 64)) - 2)
print('%08x' % 0xCAFE, '{:#b}'.format(5), '{:X}'.format(48879))
