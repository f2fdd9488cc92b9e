b = bytearray(b'0123456789')
m = memoryview(b)
print(m[2:5].tobytes(), m[::2].tobytes(), m[-3:].tolist())
m[0:3] = b'abc'
print(b)
print(bytes(m[1:4]) == b'bc3', m.obj is b, len(m[5:]), m[5:].nbytes)
s = m[3:7]
print(s.tobytes(), s.hex(), s[0], s[-1])
print(memoryview(b'xyz').tolist(), memoryview(b'').tobytes())
try:
    m[0:2] = b'toolong'
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0] = 300
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
c = memoryview(bytes(range(6))).cast('H')
print(c.format, c.itemsize, len(c), c.nbytes)
print(b''.join([memoryview(b'ab'), b'cd', bytearray(b'ef')]))
