def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    __slots__ = ('n', 'd')

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f'Frac({n}, 0)')
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    @staticmethod
    def _coerce(o):
        if isinstance(o, Frac):
            return o
        if isinstance(o, int):
            return Frac(o)
        return NotImplemented

    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Frac._coerce(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Frac._coerce(o) / self

    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __abs__(self):
        return Frac(abs(self.n), self.d)

    def __eq__(self, o):
        o = self._coerce(o)
        return o is not NotImplemented and self.n == o.n and self.d == o.d

    def __lt__(self, o):
        o = self._coerce(o)
        return self.n * o.d < o.n * self.d

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return int(self.n / self.d)

    def __bool__(self):
        return self.n != 0

    def __repr__(self):
        return f'Frac({self.n}, {self.d})'

    def __str__(self):
        return str(self.n) if self.d == 1 else f'{self.n}/{self.d}'

    def __format__(self, spec):
        return format(str(self), spec) if not spec or spec[-1] not in 'fe%' else format(float(self), spec)


a, b = Frac(1, 3), Frac(1, 6)
print(a + b, a - b, a * b, a / b, a ** 2, a ** -2, -a, abs(Frac(-3, 4)))
print(1 + a, 1 - a, 2 * a, 1 / a, a == Frac(2, 6), a == 1, Frac(4, 2) == 2)
print(repr(Frac(10, -4)), float(Frac(1, 8)), int(Frac(7, 2)), int(Frac(-7, 2)), bool(Frac(0, 5)))
print(sorted([Frac(1, 2), Frac(1, 3), Frac(2, 3), Frac(0)]), max(Frac(5, 7), Frac(7, 10)))
print(f'{Frac(1, 3):>8}|{Frac(1, 3):.4f}|{Frac(1, 4):%}')
h = sum(Frac(1, k) for k in range(1, 11))
print('H10 =', h, round(float(h), 6))
e = Frac(0)
fact = 1
for k in range(15):
    if k:
        fact *= k
    e = e + Frac(1, fact)
print('e ~', e, f'{e:.12f}')
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), {Frac(2, 1): 'two'}[2])
try:
    Frac(1, 0)
except ZeroDivisionError as err:
    print('ZeroDivisionError:', err)
try:
    a + 0.5
except TypeError as err:
    print('TypeError:', err)
