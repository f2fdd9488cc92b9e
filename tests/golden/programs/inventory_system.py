class Record:
    __fields__ = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.__fields__):
            raise TypeError(f'{type(self).__name__} takes {len(self.__fields__)} fields')
        values = dict(zip(self.__fields__, args))
        for k, v in kwargs.items():
            if k not in self.__fields__:
                raise TypeError(f'unknown field {k!r}')
            if k in values:
                raise TypeError(f'duplicate field {k!r}')
            values[k] = v
        for f in self.__fields__:
            if f not in values:
                default = getattr(type(self), f + '_default', None)
                if default is None:
                    raise TypeError(f'missing field {f!r}')
                values[f] = default
            setattr(self, f, values[f])

    def _astuple(self):
        return tuple(getattr(self, f) for f in self.__fields__)

    def __eq__(self, other):
        return type(self) is type(other) and self._astuple() == other._astuple()

    def __lt__(self, other):
        return self._astuple() < other._astuple()

    def __hash__(self):
        return hash(self._astuple())

    def __repr__(self):
        inner = ', '.join(f'{f}={getattr(self, f)!r}' for f in self.__fields__)
        return f'{type(self).__name__}({inner})'


class Item(Record):
    __fields__ = ('sku', 'name', 'price', 'qty')
    qty_default = 0

    @property
    def value(self):
        return round(self.price * self.qty, 2)


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.log.append(('add', item.sku, item.qty))

    def remove(self, sku, qty):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.qty < qty:
            raise OutOfStock(f'{item.name}: requested {qty}, have {item.qty}')
        item.qty -= qty
        self.log.append(('remove', sku, qty))
        if item.qty == 0:
            del self.items[sku]

    def total_value(self):
        return round(sum(i.value for i in self.items.values()), 2)

    def low_stock(self, threshold=5):
        return sorted(i.sku for i in self.items.values() if i.qty < threshold)

    def report(self):
        print(f"{'SKU':<6}{'Name':<12}{'Qty':>5}{'Price':>9}{'Value':>10}")
        for item in sorted(self.items.values(), key=lambda i: (-i.value, i.sku)):
            print(f'{item.sku:<6}{item.name:<12}{item.qty:>5}{item.price:>9.2f}{item.value:>10.2f}')
        print(f"{'TOTAL':<32}{self.total_value():>10.2f}")


inv = Inventory()
inv.add(Item('A1', 'widget', 2.50, 100))
inv.add(Item('B2', 'gadget', 12.99, qty=3))
inv.add(Item(sku='C3', name='doohickey', price=0.75))
inv.add(Item('A1', 'widget', 2.50, 20))
inv.add(Item('D4', 'gizmo', 99.0, 2))
inv.report()
print(inv.low_stock())
inv.remove('B2', 3)
for sku, qty in [('D4', 5), ('ZZ', 1)]:
    try:
        inv.remove(sku, qty)
    except OutOfStock as e:
        print('OutOfStock:', e)
    except KeyError as e:
        print('KeyError:', e)
inv.report()
print(inv.log)
print(Item('X', 'x', 1.0, 1) == Item('X', 'x', 1.0, 1), Item('X', 'x', 1.0) == Item('X', 'x', 1.0, 2))
print(sorted([Item('b', 'n', 1.0), Item('a', 'n', 2.0)]))
print(len({Item('s', 'n', 1.0), Item('s', 'n', 1.0)}))
for bad in [lambda: Item('a'), lambda: Item('a', 'b', 1, 2, 3), lambda: Item('a', 'b', 1, color='red'),
            lambda: Item('a', 'b', 1, sku='c')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
