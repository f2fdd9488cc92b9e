prices = {'apple': 0.5, 'pear': 0.75, 'kiwi': 0.25}
for k in prices:
    print(k, end=' ')
print()
for k, v in prices.items():
    print(f'{k}={v}', end=' ')
print()
for v in sorted(prices.values()):
    print(v, end=' ')
print()
for k in sorted(prices, key=prices.get, reverse=True):
    print(k, end=' ')
print()
for i, (k, v) in enumerate(prices.items()):
    print(i, k, v)
for k in list(prices):
    if prices[k] < 0.5:
        del prices[k]
print(prices)
print(list(zip(prices, prices.values())), dict(zip(prices.values(), prices)))
