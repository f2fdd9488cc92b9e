print(float('3.5'), float('  -2.25 '), float('1e3'), float('inf'), float('-Infinity'), float('nan'))
print(float(7), float(True), float('1_0.5'))
print((2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
print((1.5).hex(), (0.1).hex(), float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'))
print((3.7).__trunc__(), (3.7).__floor__(), (3.2).__ceil__(), int(-3.7))
print((2.5).real, (2.5).imag, (2.5).conjugate())
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
for bad in ['', 'abc', '1.2.3', '1e']:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    (float('inf')).as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
