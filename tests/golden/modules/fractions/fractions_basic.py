from fractions import Fraction as F
import math
print(F(3, 4), repr(F(6, -8)), F(5), F(), F('3/4'), F(' -1.25 '), F('1e-3'), F('2.5E2'), F('1_000/3'), F(0.75), F(F(1, 3)), F(1.1))
print(F(1, 3) + F(1, 6), F(1, 2) - 1, 2 * F(3, 4), F(1, 2) / F(3, 4), F(7, 2) // 2, F(7, 2) % F(2, 3), divmod(F(7, 2), 1), -F(1, 2), abs(F(-3, 4)), +F(2, 4))
print(F(1, 2) + 0.25, 0.5 * F(1, 4), F(1, 2) + 1j, F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, F(4, 9) ** F(1, 2), 2 ** F(3, 1), 4 ** F(1, 2), F(1, 2) ** 0.5)
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) < F(2, 3), F(1, 2) > 0.4, F(5, 1) == 5, F(1, 2) <= 1, F(3, 2) >= 1.5, F(1, 2) != F(2, 4), F(1, 2) < float('inf'), F(1, 2) == float('nan'))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(1, 3)), hash(F(-1, 1)))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234, 1), -2), float(F(1, 8)))
print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(10), F('3.141592653589793').limit_denominator(100), F(1, 3).limit_denominator(5), F(1.1).as_integer_ratio())
print(F.from_float(0.1), F.from_float(3), F(1, 2).numerator, F(1, 2).denominator, F(3, 6).as_integer_ratio(), bool(F(0)), bool(F(1, 9)), str(F(4, 2)), sum([F(1, 3)] * 3))
for bad in (lambda: F(1, 0), lambda: F('abc'), lambda: F('1/'), lambda: F(1.5, 2), lambda: F([1]), lambda: F(1, 2) / 0, lambda: F.from_float('x'), lambda: F('1__0'), lambda: F(0) ** -1, lambda: F(1, 2).limit_denominator(0), lambda: F(float('inf'))):
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
import numbers
print(isinstance(F(1, 2), numbers.Rational), sorted([F(1, 2), 0.3, 1, F(1, 3)]), max(F(7, 3), 2), F(3, 4) * 4 == 3, type(F(3, 4) * 4).__name__)
class MyF(F):
    pass
print(repr(MyF(1, 2)), type(MyF(1, 2) + 1).__name__, repr(+MyF(2, 4)))
