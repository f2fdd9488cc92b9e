print(int(), int(7.9), int(-7.9), int('42'), int(' -0x1A '.strip().replace('0x', ''), 16), int('0b11', 0))
print(int(True), int('1_000_000'), int('١٢'), int(b'12'), int(bytearray(b'34')))
class I:
    def __int__(self):
        return 9
class Ix:
    def __index__(self):
        return 8
print(int(I()), int(Ix()))
print(int('zz', 36), int('Z', 36), int('0', 0), int('00', 0))
for args in [('0x1',), ('012', 0), ('1.0',), ('', 10), (' ',)]:
    try:
        int(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('5', base=37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
