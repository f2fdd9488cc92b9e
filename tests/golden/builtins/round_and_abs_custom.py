class Money:
    def __init__(self, cents):
        self.cents = cents
    def __abs__(self):
        return Money(abs(self.cents))
    def __round__(self, nd=None):
        if nd is None:
            return round(self.cents / 100)
        return Money(round(self.cents, nd - 2 if nd < 2 else 0))
    def __neg__(self):
        return Money(-self.cents)
    def __repr__(self):
        return f'Money({self.cents})'
m = Money(-1234)
print(abs(m), round(m), round(Money(1250), 1), -m)
print(round(123.456, -1), round(-123.456, -2), round(5.5), round(6.5), round(0.05, 1))
print(abs(-0), abs(-3.0), abs(-4j), abs(True), type(abs(-2)).__name__)
