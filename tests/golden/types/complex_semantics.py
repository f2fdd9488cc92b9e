# complex semantics: repr, hash, parsing, construction, arithmetic, pow, errors, format.
inf, nan = float('inf'), float('nan')
vals = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(-0.0, -1), complex(0, -0.0), complex(-0.0, 0.0), complex(nan, inf), complex(inf, nan), 1e20j, complex(1e16, 1e-5), complex(100, 2.5), complex(1, nan), complex(-inf, -inf), 3 + 0j]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z), bool(z), hash(z) if z == z else 'nan')
print(hash(1 + 2j), hash(complex(1.5, -2.5)), hash(3 + 0j) == hash(3), hash(complex(0.5, 0)) == hash(0.5))
for s in ['1+2j', '( 1+2j )', ' (1-2j) ', '-j', '+j', 'j', '1_0+2_0j', '1e5J', 'nanj', '-infj', 'inf-infj', '1+j', '1-j', '.5j', '5.j', '1e-3-1e-3j', '  3  ', '-1.5', 'infinityj', '1+-2j', '1 + 2j', '1+j+', '(1', '1+2j)', '()', '', 'j1', '1+2', '1jj', '1_j', '1+2i', 'NaN+NaNj', '١+٢j']:
    try:
        print(repr(s), repr(complex(s)))
    except Exception as ex:
        print(repr(s), type(ex).__name__, ex)
print(complex(), complex(2), complex(2.5, -1), complex(1 + 2j, 3j), complex(1j, 2), complex(real=1, imag=2), complex(imag=3), complex(True, False), complex(1 + 2j))
for args in [('1', 2), (1, '2'), ([1],), (1, [2]), (b'1',), (None,)]:
    try:
        print(complex(*args))
    except Exception as ex:
        print(type(ex).__name__, ex)
class C:
    def __complex__(self): return 3 + 4j
class Bad:
    def __complex__(self): return 5
class Fl:
    def __float__(self): return 1.25
print(complex(C()), complex(Fl()), complex(Fl(), Fl()))
try:
    complex(Bad())
except TypeError as ex:
    print(ex)
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -2, a ** 0.5, a ** b, -a, +a, a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, 1 - a, a ** 0, 0j ** 0, 2 ** a, a == 1 + 2j, a != b)
print((1 + 0j) == 1, (1 + 0j) == 1.0, (1 + 1j) == 1, 1 == (1 + 0j), (2**53 + 1) == complex(2**53 + 1), 1j * 1j, (1e200 + 1e200j) * 2)
for e in ['(1+2j) / 0', '1 / 0j', '0j ** -1', '0j ** 1j', '(1e200+1e200j) ** 2.5', 'pow(1j, 2, 3)', '(1+2j) // 1', '(1+2j) % 1', 'divmod(1j, 1)', '(1+0j) < 1', 'int(1j)', 'float(1j)', 'abs(complex(1e308, 1e308))', 'abs(complex(inf, nan))', 'complex(inf, 0) ** 2', '(1e200+1e200j) ** 2', '1j ** 200', '(1.0000001+1j) ** 100', '(-8) ** (1/3)', '(-8.0) ** 0.5', 'complex("1e500")', '(1+1j) + 2**1100', 'round(1j)', 'complex(2**1100)']:
    try:
        print(e, '=', repr(eval(e)))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
print(format(1 + 2j), format(1 + 2j, '.2f'), format(1.5j, '>10'), f'{-1-1j:g}', '{:e}'.format(1 + 1j), format(complex(0, 0), ''))
print(1j.__complex__(), type(1j.__complex__()).__name__, (1 + 2j).__getnewargs__())
class MyC(complex):
    pass
m = MyC(1, 2)
print(m, type(m).__name__, type(m + 1).__name__, type(+m).__name__, MyC('3+4j'))
z = 1 + 1j
z += 1
z *= 2j
print(z, sum([1j, 2, 3.5]), [1j, 2j].count(2j))
