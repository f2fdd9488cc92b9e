vals = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.675, -7.999, 1e-9]
for v in vals:
    print(v, abs(v), round(v), round(v, 1), int(v), float(int(v)))
print(int('7') + int(7.9) + int(True), float('7') + float(7), int(-0.0), abs(-0))
