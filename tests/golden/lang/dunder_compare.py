class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __repr__(self):
        return 'Ver' + repr(self.parts)
a, b = Ver(1, 2), Ver(1, 10)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == Ver(1, 2), a != Ver(1, 2), a == 'x')
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))
print(max([Ver(3), Ver(10), Ver(2)]))
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq() == 1, OnlyEq() != 1, 1 == OnlyEq())
try:
    OnlyEq() < OnlyEq()
except TypeError as e:
    print(type(e).__name__, e)
class Log:
    def __init__(self, n): self.n = n
    def __gt__(self, o):
        print('gt called', self.n, o.n)
        return self.n > o.n
print(Log(1) < Log(2))
