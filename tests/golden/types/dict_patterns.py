inventory = {'apples': 3, 'pears': 0}
inventory['apples'] += 2
inventory.setdefault('plums', 10)
inventory.update(pears=4, kiwis=1)
print(inventory)
print({k: v for k, v in inventory.items() if v > 2})
print(sorted(inventory, key=inventory.get, reverse=True))
print(max(inventory.items(), key=lambda kv: kv[1]))
inverse = {v: k for k, v in inventory.items()}
print(inverse)
keys = ['a', 'b', 'c']
vals = [1, 2, 3]
print(dict(zip(keys, vals)), dict(enumerate(keys)))
nested = {}
for path, val in [('a/b', 1), ('a/c', 2), ('d', 3)]:
    node = nested
    *dirs, leaf = path.split('/')
    for d in dirs:
        node = node.setdefault(d, {})
    node[leaf] = val
print(nested)
print({**inventory, 'apples': 0}['apples'], inventory['apples'])
print(list(inventory.items())[1], len(inventory))
