n = 2024
print(n.bit_length(), n.to_bytes(2, 'big'), n.to_bytes(4, 'little'), int.from_bytes(n.to_bytes(2, 'big'), 'big'))
print((-n).to_bytes(3, 'big', signed=True), int.from_bytes(b'\xff\xf8', 'big', signed=True))
print(int.from_bytes([1, 0, 0], 'little'), int.from_bytes(b'', 'big'), (0).to_bytes(0, 'big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
print((12).__format__('05d'), (255).__format__('x'), int.__round__(1234, -2), (7).__abs__(), (-7).__neg__())
print(int.real.__get__(5) if False else (5).real, (2 ** 70).bit_count(), (10).as_integer_ratio())
print(isinstance(n.numerator, int), n.denominator, n.conjugate(), int('-0b101', 0), int('0_7'))
