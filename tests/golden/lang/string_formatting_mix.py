name, qty, price = 'Widget', 3, 4.5
print('%s x%d @ %.2f = %.2f' % (name, qty, price, qty * price))
print('{} x{} @ {:.2f} = {:.2f}'.format(name, qty, price, qty * price))
print(f'{name} x{qty} @ {price:.2f} = {qty * price:.2f}')
print(name + ' x' + str(qty) + ' @ ' + str(price))
print('{0:>10}|{1:<5}|{2:^8.1f}|'.format(name, qty, price))
print('%-10s|%5s|%8.1f|' % (name, qty, price))
print(f'{name!r:>12} {qty:03d} {price:+.3e}')
print(str(3) + str(4.0) + str(None) + str([5]))
