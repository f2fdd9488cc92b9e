a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b)
print(a ** 2, abs(a), -a, a.conjugate(), a == 3 + 4j, a != b)
print(complex('1+2j'), complex(' 3j '), complex(2), complex(1.5, -2), complex('-1-1j'))
print(complex(1, 0), complex(0, 0), complex(-0.0, 1), 1j * 1j)
print(repr(2j), repr(0j), repr(-1j), repr(complex(1e20, 1)), str(1 + 1j))
print(a.real, a.imag, type(a.real).__name__)
print(format(a, '.2f'), format(1.5 + 2.25j, ''), f'{a:>12}|')
print(hash(3 + 0j) == hash(3), (1 + 0j) == 1)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex('x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(1j, 2), 2 ** 1j == complex(2) ** 1j)
