# int semantics: division, modulo, powers, shifts, bitwise ops, parsing, bytes, rounding, hashing.
# int semantics: division, modulo, powers, shifts, bitwise, conversions
vals = [0, 1, -1, 7, -7, 2**62 - 1, -2**62, 2**63, -2**63 - 1, 10**30, -10**30, 3**100]
divs = [1, -1, 3, -3, 7, 2**64 + 1, -(10**20)]
for a in vals:
    for b in divs:
        print(a // b, a % b, divmod(a, b), a / b if abs(a) < 10**300 else None)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**70, 3), (-2**70, 3)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a)
print(2**-1, (-2)**-3, 10**-5, 2**0, 0**0, (-1)**(10**20), pow(2, 100, 97), pow(-3, 5, 7), pow(3, -1, 7), pow(3, -1, -7))
print(pow(2, 3, -5), pow(0, 0, 1), pow(5, 0, 1), pow(2, -1, 1))
for e in ['1 // 0', '1 % 0', 'divmod(1, 0)', '1 / 0', '2**2000 / 0', 'pow(2, -1, 4)', 'pow(2, 3, 0)', '0 ** -1', '(10**400) ** -1', '1 << -1', '1 >> -1', '2**10000 / 3', '10**400 / 10**399', '1 / 10**400', 'float(10**400)']:
    try:
        print(e, '=', eval(e))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
print(1 << 100, -1 << 100, 5 >> 1, -5 >> 1, -5 >> 100, (2**100) >> 99, -(2**100) >> 1000, 0 << 10**10)
print(-12 & 0xff, -12 | 3, -12 ^ 5, ~5, ~-1, -(2**70) & (2**70 - 1), -(2**70) | 1, (2**70) ^ -1, ~(2**70))
print(True + 1, True & 3, True | False, True ^ 1, -True, ~False, True << 3, True // 2, True % 2)
print(int('  -12_3  '), int('0x1f', 0), int('0b101', 0), int('0o17', 0), int('00', 0), int('0_0', 0), int('z', 36), int('-0x_1F', 16), int('١٢٣'), int(b' 42 '), int(bytearray(b'17')))
for s, b in [('010', 0), ('1__0', 10), ('_1', 10), ('1_', 10), ('0x', 16), ('', 10), (' ', 10), ('12a', 10), ('0x__1', 16), ('1', 1), ('1', 37), ('9', 8), ('- 1', 10), ('+-1', 10)]:
    try:
        print(repr(s), b, int(s, b))
    except Exception as ex:
        print(repr(s), b, type(ex).__name__, ex)
for x in [3.9, -3.9, 1e20, -0.0, True]:
    print(int(x))
for x in [float('inf'), float('nan'), 'x', None, [1], 1j]:
    try:
        print(int(x))
    except Exception as ex:
        print(type(ex).__name__, ex)
class I:
    def __index__(self): return 42
class T:
    def __trunc__(self): return 7
class N:
    def __int__(self): return 9
print(int(I()), int(N()), int('11', base=2), int(x='5') if False else 0)
try:
    int(1.5, 10)
except TypeError as ex:
    print(ex)
try:
    int(base=10)
except TypeError as ex:
    print(ex)
print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), (0).to_bytes(0, 'big'), (1024).to_bytes(4, byteorder='little'), (5).to_bytes())
for args in [(1, 'big'), (2, 'middle')]:
    try:
        print((256).to_bytes(*args))
    except Exception as ex:
        print(type(ex).__name__, ex)
for v, kw in [(-1, {}), (128, {'signed': True}), (-129, {'signed': True})]:
    try:
        print(v.to_bytes(1, 'big', **kw))
    except Exception as ex:
        print(type(ex).__name__, ex)
print(int.from_bytes(b'\x00\xff', 'big'), int.from_bytes(b'\xff\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b'', 'big'), int.from_bytes(b'\x80' + b'\x00' * 20, 'big', signed=True))
print((0).bit_length(), (-255).bit_length(), (2**100).bit_length(), (-(2**100)).bit_count(), (255).bit_count(), (10).as_integer_ratio(), (-3).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(round(15, -1), round(25, -1), round(-25, -1), round(1234567, -3), round(5, -1), round(-5, -1), round(123, 2), round(10**30 + 5 * 10**9, -10), round(7, -100), type(round(7, 1)))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**100), hash(-(2**100)), hash(10**30), hash(True))
print(2**64 == 2.0**64, 2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53, 10**400 > 1e308, -10**400 < -1e308, 10**400 < float('inf'), 3 == 3.0, 3 < 3.5, -(2**63) == -2.0**63)
print(abs(-2**70), -(-2**62), +True, abs(False))
print(str(2**200), repr(-2**70), hex(-255), oct(2**70), bin(-5), hex(2**64))
x = 12345678901234567890
x += 1; x -= 2; x *= 3
print(x, x // 7, x % 7, x ** 2)
print(sum(range(10**6)), 10**18 * 10, (2**62) + (2**62), -(2**62) - (2**62) - 1)
