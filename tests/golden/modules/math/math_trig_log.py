import math
def r(x):
    return round(x, 10)
print(r(math.sin(0)), r(math.sin(math.pi / 2)), r(math.cos(math.pi)), r(math.tan(math.pi / 4)))
print(r(math.asin(1)), r(math.acos(0)), r(math.atan(1)), r(math.atan2(1, -1)), r(math.atan2(-0.0, -1)))
print(r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(0.5)), r(math.asinh(1)), r(math.acosh(2)), r(math.atanh(0.5)))
print(math.degrees(math.pi), math.radians(180), r(math.radians(45)))
print(math.exp(0), r(math.exp(1)), r(math.expm1(1e-10) * 1e10), math.log(1), r(math.log(math.e)))
print(math.log(8, 2), math.log10(1000), math.log2(1024), r(math.log1p(1e-10) * 1e10), math.log(100, 10))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.exp2(3) if hasattr(math, 'exp2') else 8.0)
print(math.log(2 ** 1000), math.log2(2 ** 100), math.log10(10 ** 50))
print(r(math.erf(0.5)), r(math.erfc(0.5)), math.gamma(5), r(math.lgamma(10)))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.factorial(2.5)
except TypeError as e:
    print(type(e).__name__, e)
