parts = []
for i in range(5):
    parts.append(f'item{i}')
print(','.join(parts))
s = ''
for ch in 'abc':
    s += ch * 2
print(s)
print('-' * 20)
print('%s|%s' % ('left'.ljust(8), 'right'.rjust(8)))
table = [('apple', 3, 0.5), ('banana', 12, 0.25), ('kiwi', 100, 1.125)]
for name, qty, price in table:
    print(f'{name:<10}{qty:>5}{price:>8.2f}{qty * price:>10.3f}')
print('\n'.join(f'{k}={v}' for k, v in sorted({'b': 2, 'a': 1}.items())))
lines = ['first', 'second']
print('\n'.join(lines) + '\n', end='')
print(''.join(reversed('stressed')), 'abc'[::-1].upper())
