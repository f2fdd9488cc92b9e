class VendingMachine:
    PRICES = {'cola': 150, 'chips': 100, 'candy': 65}
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = 'idle'
        self.credit = 0
        self.selection = None
        self.bank = 0
        self.transitions = []

    def _go(self, new):
        self.transitions.append((self.state, new))
        self.state = new

    def insert(self, coin):
        if coin not in self.COINS:
            return f'rejected coin {coin}'
        if self.state == 'idle':
            self._go('has_credit')
        self.credit += coin
        return self._maybe_vend() or f'credit {self.credit}'

    def select(self, item):
        if item not in self.PRICES:
            return f'unknown item {item}'
        if self.stock.get(item, 0) == 0:
            return f'{item} sold out'
        self.selection = item
        if self.state == 'idle':
            self._go('selected')
        return self._maybe_vend() or f'{item} costs {self.PRICES[item]}, credit {self.credit}'

    def _maybe_vend(self):
        if self.selection and self.credit >= self.PRICES[self.selection]:
            item = self.selection
            change = self.credit - self.PRICES[item]
            self.stock[item] -= 1
            self.bank += self.PRICES[item]
            self.credit = 0
            self.selection = None
            self._go('idle')
            return f'vend {item}, change {self.make_change(change)}'
        return None

    def cancel(self):
        refund = self.make_change(self.credit)
        self.credit = 0
        self.selection = None
        if self.state != 'idle':
            self._go('idle')
        return f'refund {refund}'

    def make_change(self, amount):
        out = []
        for c in self.COINS:
            while amount >= c:
                out.append(c)
                amount -= c
        return out


vm = VendingMachine({'cola': 2, 'chips': 1, 'candy': 0})
actions = [('select', 'cola'), ('insert', 100), ('insert', 3), ('insert', 100),
           ('insert', 50), ('select', 'chips'), ('insert', 200),
           ('select', 'candy'), ('select', 'water'), ('insert', 20), ('insert', 10), ('cancel',),
           ('select', 'chips'), ('select', 'cola'), ('insert', 200), ('select', 'cola'), ('cancel',)]
for act in actions:
    name, *args = act
    print(f'{name}{tuple(args) if args else "()"}: {getattr(vm, name)(*args)}  [{vm.state}]')
print(vm.stock, vm.bank)
print(vm.transitions)
