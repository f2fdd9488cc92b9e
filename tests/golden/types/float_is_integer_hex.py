for v in [1.0, 1.5, -2.0, 1e20, 0.0, float('inf')]:
    try:
        print(v, v.is_integer(), v.hex(), v.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(v, type(e).__name__, e)
print(float.fromhex('0x1.921fb54442d18p+1'), float.fromhex('0x1p-1074'), float.fromhex('-0x0p+0'))
print((0.1).hex(), (1 / 3).hex(), float.fromhex((0.1).hex()) == 0.1)
