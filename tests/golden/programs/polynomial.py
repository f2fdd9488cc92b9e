class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    @property
    def degree(self):
        return len(self.c) - 1 if self.c != [0] else -1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-a for a in self.c])

    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else -o)

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __divmod__(self, d):
        if d.degree < 0:
            raise ZeroDivisionError('polynomial division by zero')
        rem = list(self.c)
        q = [0] * max(1, len(rem) - len(d.c) + 1)
        while len(rem) >= len(d.c) and rem != [0]:
            shift = len(rem) - len(d.c)
            factor = rem[-1] / d.c[-1]
            if factor == int(factor):
                factor = int(factor)
            q[shift] = factor
            for i, b in enumerate(d.c):
                rem[i + shift] -= factor * b
            while len(rem) > 1 and rem[-1] == 0:
                rem.pop()
            if len(rem) == 1 and rem[0] == 0:
                break
        return Poly(q), Poly(rem)

    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])

    def __repr__(self):
        if self.c == [0]:
            return '0'
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0:
                continue
            sign = '-' if a < 0 else '+'
            mag = abs(a)
            coef = '' if mag == 1 and i else str(mag)
            var = '' if i == 0 else ('x' if i == 1 else f'x^{i}')
            terms.append((sign, coef + var))
        s = ''.join(f' {sg} {t}' for sg, t in terms)
        return ('-' + s[3:]) if s.startswith(' -') else s[3:]


p = Poly([1, 2, 3])
q = Poly([-1, 1])
print(p, '|', q, '|', p.degree, q.degree, Poly([0, 0]).degree)
print(p + q, '|', p - q, '|', p * q, '|', 2 * p, '|', p + 5)
print(q ** 5)
print([p(x) for x in range(-2, 3)], (q ** 3)(2))
print(p.derivative(), '|', (q ** 4).derivative(), '|', Poly([7]).derivative())
num = Poly([-4, 0, -2, 1])
quot, rem = divmod(num, Poly([-3, 1]))
print(quot, '|', rem, '|', quot * Poly([-3, 1]) + rem == num)
print(divmod(Poly([1, 0, 1]), Poly([1, 1])))
try:
    divmod(p, Poly([0]))
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(Poly([0, -1]), Poly([-1]), Poly([0, 0, 1]) - Poly([0, 0, 1]))
