print(int(), int(5), int(-3.9), int(3.9), int('  42  '), int('-0'), int('+7'))
print(int('ff', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0))
print(int('z', 36), int('10', 2), int('1_000'), int('7', 8))
print(int(True), int(False), int(' 12\n'))
print((5).bit_length(), (0).bit_length(), (-255).bit_length(), (2**100).bit_length())
print((10).to_bytes(2, 'big'), (10).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True))
print((6).as_integer_ratio(), (7).conjugate(), (3).real, (3).imag, (3).numerator, (3).denominator)
print(int.bit_count(255), (-7).bit_count())
for bad in ['', '1.5', 'abc', '0x', '1__0', '_1']:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('9', 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int('10', 1)
except ValueError as e:
    print(type(e).__name__, e)
