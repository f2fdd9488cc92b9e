# float semantics: repr, hash, floor division/modulo, pow special cases, parsing, round, hex.
import sys
inf, nan = float('inf'), float('nan')
vals = [0.0, -0.0, 1.0, -1.5, 2.5, 1e-5, 1e-4, 0.1, 1/3, 1e16, 1e15, 123456789.123, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e+308, 9007199254740993.0, 0.3, 2.0**-1074 * 3, 1e300 * 10, -inf, nan]
for v in vals:
    print(repr(v), str(v), v.hex(), float.fromhex(v.hex()) == v or v != v, v.is_integer(), hash(v) if v == v else 'nan')
for v in [0.5, -0.5, 1.5, 2.5, 1e20, 2.0**63, 2.0**64, -2.0**100, 1e308, 3.14]:
    print(hash(v), hash(v) == hash(int(v)) if v.is_integer() else v.as_integer_ratio())
print(hash(inf), hash(-inf))
for a in [7.0, -7.0, 7.5, -0.0, 1e300, 5e-324, inf, nan]:
    for b in [2.0, -2.0, 0.5, inf, -inf, 3]:
        print(a // b, a % b, divmod(a, b), end=' | ')
    print()
for e in ['1.0 / 0', '1.0 // 0', '1.0 % 0', 'divmod(1.0, 0)', '0.0 ** -1', '(-8.0) ** (1/3)', '10.0 ** 400', '2.0 ** 1024', '(-2.0) ** 0.5', 'pow(2.0, 3, 5)', '1e308 * 10', 'float("1e500")', '(-1.0) ** inf', 'nan ** 0', '1.0 ** nan', '(-2.0) ** nan', '0.0 ** -inf', '(-0.0) ** -3', 'inf ** -1', '(-inf) ** 3', '2 ** 0.5', '(-8) ** (1/3)', 'int(inf)', 'int(nan)', 'round(inf)', 'round(nan)', 'inf.as_integer_ratio()', 'nan.as_integer_ratio()']:
    try:
        r = eval(e)
        print(e, '=', repr(r))
    except Exception as ex:
        print(e, type(ex).__name__, ex, ex.args)
for s in ['1_000.5', '  inf ', '-Infinity', 'nan', '-nan', '+1.5e-3', '.5', '5.', '1e5', '1_0e1_0', '١٢.٥', '\u2003 2.5 \u2003', b'3.25', bytearray(b'-1'), '0x10', '1__0', '_1', '1_', '1._5', '', ' ', 'in f', '1e', 'e5', '1.5.5', '1\x00', 'nanx', 'infinit', '--1']:
    try:
        print(repr(s), float(s))
    except Exception as ex:
        print(repr(s), type(ex).__name__, ex)
for x in [2.5, 3.5, -2.5, 0.5, -0.5, 1.5, 2.675, 1e300, 123.456]:
    print(round(x), round(x, 1), round(x, 2), round(x, -1), round(x, -2), round(x, 0))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.0005, 3), round(5e-324, 400), round(1e300, -301), round(-0.0, 1), round(0.5, -400))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as ex:
    print(ex)
for x in [1.5, -1.5, 0.1, 1e-320, 1e100, 3.0]:
    print(x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()))
for s in ['0x1.8p1', '1.8', ' -0X1P-1074 ', 'infinity', '-inf', 'nan', '0x.8', '0x1p-1080', '0xf.fp0', '1p', 'x', '0x', '0x1p1024']:
    try:
        print(s, float.fromhex(s))
    except Exception as ex:
        print(s, type(ex).__name__, ex)
print(float(), float(3), float(2**100), float(True), float(-0), 1e16 == 10**16, 0.1 + 0.2, 1.1 * 3, 3.0 - 0.1)
print(2.0 < 3, 2**53 + 1 == float(2**53 + 1), 1e400 > 10**1000, nan == nan, nan != nan, nan < 1, -0.0 == 0.0, 0.5 == 1/2)
print((3.7).__trunc__(), (-3.7).__floor__(), (-3.2).__ceil__(), (2.5).__round__(), (3.5).__round__(None), abs(-2.5), -(0.0), +(-1.5), (1.5).conjugate(), (1.5).real, (1.5).imag)
print(f'{1.5:.3f}', format(1e-7, 'g'), '%.2f' % 2.675, str(1e-7), str(123456789012345678.0), 1e-7 * 1e7)
print(float.__getformat__('double'), sys.float_info.max if hasattr(sys, 'float_info') else 1.7976931348623157e+308)
class F(float):
    pass
f = F('2.5')
print(f, type(f).__name__, f + 1, type(f + 1).__name__, F.fromhex('0x1p1'), type(F.fromhex('0x1p1')).__name__)
class Fl:
    def __float__(self): return 4.5
class Ix:
    def __index__(self): return 7
print(float(Fl()), float(Ix()))
for x in [None, [1], 1j, 'abc']:
    try:
        float(x)
    except Exception as ex:
        print(type(ex).__name__, ex)
