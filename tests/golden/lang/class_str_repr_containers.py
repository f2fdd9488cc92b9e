class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'Item({self.name!r})'
    def __str__(self):
        return self.name.upper()
items = [Item('a'), Item('b')]
print(items)
print(*items)
print(str(items), [str(i) for i in items], f'{items[0]}', f'{items[0]!r}')
print({'k': Item('v')}, (Item('t'),), '%s %r' % (Item('p'), Item('q')))
print(', '.join(map(str, items)), ', '.join(map(repr, items)))
