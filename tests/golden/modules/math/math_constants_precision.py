import math
print(repr(math.pi), repr(math.e), repr(math.tau), math.pi * 2 == math.tau)
print(f'{math.pi:.15f}', f'{math.e:.10f}', round(math.pi, 4), str(math.pi)[:8])
print(math.inf, -math.inf, math.nan, type(math.inf).__name__)
print(math.sqrt(2) ** 2, math.isclose(math.sqrt(2) ** 2, 2), math.sqrt(2) ** 2 == 2)
print(math.sin(math.pi), abs(math.sin(math.pi)) < 1e-15, math.cos(0), math.tan(0))
