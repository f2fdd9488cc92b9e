cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0,
         lambda: 1.5 % 0, lambda: divmod(1, 0), lambda: 0 ** -1, lambda: 0.0 ** -1,
         lambda: (1 + 1j) / 0, lambda: pow(0, -2)]
for c in cases:
    try:
        c()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
ovf = [lambda: 2.0 ** 10000, lambda: float(10 ** 400), lambda: int(float('inf')),
       lambda: 10 ** 400 / 1, lambda: round(1e308 * 10), lambda: [0] * (2 ** 62) if False else (1.5).__pow__(10 ** 5)]
for c in ovf:
    try:
        print(c())
    except OverflowError as e:
        print(type(e).__name__, e)
import math
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
