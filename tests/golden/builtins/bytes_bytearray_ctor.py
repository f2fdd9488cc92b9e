print(bytes(), bytes(4), bytes([65, 66]), bytes('ab', 'utf-8'), bytes(b'x'), bytes(bytearray(b'y')))
print(bytearray(), bytearray(2), bytearray([1]), bytearray('é', 'utf-8'), bytearray(b'z'))
print(bytes(range(3)), bytes(memoryview(b'mv')), bytes((x for x in [97, 98])))
class B:
    def __bytes__(self):
        return b'custom'
print(bytes(B()))
for bad in [lambda: bytes('x'), lambda: bytes([-1]), lambda: bytes(-1), lambda: bytes(1.5), lambda: bytearray('s')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
