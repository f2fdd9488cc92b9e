import numbers
from fractions import Fraction
for v in (1, True, 2.5, 1j, Fraction(1, 3), 'x', None):
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print('TypeError', str(e)[:60])
print(sorted(numbers.Integral.__abstractmethods__)[:6], numbers.__all__)
print(numbers.Real.register(Fraction) is Fraction, issubclass(bool, numbers.Integral), numbers.Number.__hash__)
