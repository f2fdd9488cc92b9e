from collections import OrderedDict
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('e', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), list(od))
od['z'] = 1
print(od, OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
lru = OrderedDict()
for key in ['x', 'y', 'x', 'z', 'y', 'w']:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
