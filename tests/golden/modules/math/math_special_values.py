import math
print(math.inf > 10 ** 300, -math.inf < -10 ** 300, math.inf == float('inf'))
print(math.nan == math.nan, math.isnan(float('nan')), math.isnan(0.0))
print(math.copysign(1, math.nan) in (1.0, -1.0), math.fabs(-math.inf))
print(math.floor(-0.5), math.ceil(-0.5), math.copysign(0.0, -1))
print(math.nextafter(1.0, 2.0) > 1.0, math.ulp(1.0), math.isqrt(0))
print(math.sqrt(math.inf), math.exp(-math.inf), math.atan(math.inf))
try:
    math.floor(math.inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.floor(math.nan)
except ValueError as e:
    print(type(e).__name__, e)
print(math.trunc(1e20), math.floor(1.5e16))
print(math.gcd(), math.lcm(), math.gcd(-4, 6), math.comb(3, 5))
