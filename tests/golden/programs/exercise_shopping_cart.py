class Product:
    def __init__(self, name, price, category):
        self.name, self.price, self.category = name, price, category
class Cart:
    TAX = {'food': 0.05, 'books': 0.0}
    DEFAULT_TAX = 0.2
    def __init__(self):
        self.lines = {}
        self.coupons = []
    def add(self, product, qty=1):
        if qty <= 0:
            raise ValueError('quantity must be positive')
        line = self.lines.setdefault(product.name, [product, 0])
        line[1] += qty
    def remove(self, name, qty=None):
        if name not in self.lines:
            raise KeyError(name)
        if qty is None or qty >= self.lines[name][1]:
            del self.lines[name]
        else:
            self.lines[name][1] -= qty
    def apply(self, code):
        if code in self.coupons:
            return False
        self.coupons.append(code)
        return True
    def totals(self):
        subtotal = sum(p.price * q for p, q in self.lines.values())
        discount = 0.0
        if 'TENOFF' in self.coupons and subtotal >= 50:
            discount += 10
        if 'BOOKS20' in self.coupons:
            discount += 0.2 * sum(p.price * q for p, q in self.lines.values() if p.category == 'books')
        tax = sum(p.price * q * self.TAX.get(p.category, self.DEFAULT_TAX) for p, q in self.lines.values())
        return round(subtotal, 2), round(discount, 2), round(tax, 2), round(subtotal - discount + tax, 2)
cart = Cart()
apple = Product('apple', 0.4, 'food')
novel = Product('novel', 14.99, 'books')
phone = Product('phone', 299.0, 'electronics')
cart.add(apple, 10)
cart.add(novel, 2)
cart.add(apple, 5)
print({k: v[1] for k, v in cart.lines.items()}, cart.totals())
cart.add(phone)
print(cart.apply('TENOFF'), cart.apply('TENOFF'), cart.apply('BOOKS20'))
print(cart.totals())
cart.remove('phone')
cart.remove('apple', 5)
print({k: v[1] for k, v in cart.lines.items()}, cart.totals())
for bad in [lambda: cart.add(apple, 0), lambda: cart.remove('tv')]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
