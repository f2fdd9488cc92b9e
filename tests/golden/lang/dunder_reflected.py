class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'N({self.v})'
    def __radd__(self, o):
        return N(o + self.v)
    def __rsub__(self, o):
        return N(o - self.v)
    def __rtruediv__(self, o):
        return N(o / self.v)
    def __rpow__(self, o):
        return N(o ** self.v)
    def __rlshift__(self, o):
        return N(o << self.v)
    def __rand__(self, o):
        return N(o & self.v)
print(1 + N(2), 10 - N(3), 1 / N(4), 2 ** N(5), 1 << N(3), 6 & N(3))
print(sum([N(1), N(2)], 0) if False else sum([1, 2], 0))
class Sub(N):
    def __add__(self, o):
        return 'Sub.__add__'
    def __radd__(self, o):
        return 'Sub.__radd__'
class Base:
    def __add__(self, o):
        return 'Base.__add__'
print(Base() + Sub(1))
class Base2:
    def __add__(self, o):
        return 'Base2.__add__'
class Sub2(Base2):
    def __radd__(self, o):
        return 'Sub2.__radd__'
print(Base2() + Sub2())
