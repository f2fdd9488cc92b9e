data = bytearray(b'abcdef')
m = memoryview(data)
print(len(m), m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3])
print(m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.nbytes)
m[0] = ord('A')
print(data)
sub = m[2:4]
sub[0] = ord('Z')
print(data, bytes(sub))
ro = memoryview(b'readonly')
print(ro.readonly, ro[0:4].tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(m == b'AbZdef', memoryview(b'ab') == memoryview(b'ab'))
print(list(memoryview(b'xyz')), bytes(memoryview(b'abc')[::-1]), memoryview(b'hi').hex())
m.release()
try:
    m[0]
except ValueError as e:
    print(type(e).__name__, e)
with memoryview(b'ctx') as mv:
    print(mv.tobytes())
import array
a = array.array('i', [1, 2, 3])
ma = memoryview(a)
print(ma.format, ma.itemsize, ma.tolist(), ma[1])
