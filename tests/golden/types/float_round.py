print(round(2.5), round(3.5), round(-2.5), round(0.5), round(-0.5))
print(round(3.14159, 2), round(3.14159, 0), round(3.14159, -1), round(1234.5678, -2))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1e300, 2), round(-0.0), round(123.456, 10))
print(round(float('inf'), 1), round(float('nan'), 1))
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(round(5, 2), round(15, -1), round(25, -1))
