rows = [('Widget', 4, 3.5), ('Gadget', 12, 10.0), ('Thingamajig', 1, 999.99)]
print(f"{'Name':<12}|{'Qty':>5}|{'Price':>9}|")
print('-' * 12 + '+' + '-' * 5 + '+' + '-' * 9 + '+')
for name, qty, price in rows:
    print(f'{name:<12}|{qty:>5d}|{price:>9.2f}|')
print('{:=^30}'.format(' TOTAL '))
total = sum(q * p for _, q, p in rows)
print('{:>28.2f}'.format(total))
print('%-12s|%5s|%9s|' % ('Name', 'Qty', 'Price'))
for r in rows:
    print('%-12s|%5d|%9.2f|' % r)
print(format('left', '<10') + '|', format('right', '>10') + '|', format('mid', '^10') + '|')
print(f"{'truncated string':.5}|{3.14159:10.3f}|{-3.14159:<10.1f}|{42:^10}|")
print(f'{1234567.891:,.2f} {0.000123:.2e} {123456789:e} {1e-7:f}')
