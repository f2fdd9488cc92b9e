import array
a = array.array('l', range(10))
print(a[2:5], a[::-3], a.buffer_info()[1], len(a.tobytes()) == 10 * a.itemsize)
a[1:3] = array.array('l', [100, 200, 300])
print(a.tolist())
del a[0]
a.remove(300)
print(a.tolist(), a.count(200), 5 in a)
b = array.array('b', b'\x01\x02\x03')
b.byteswap()
print(b.tolist())
h = array.array('h', [1, 256])
h2 = array.array('h')
h2.frombytes(h.tobytes())
print(h2, h == h2)
c = array.array('u', 'hello') if 'u' in array.typecodes else None
print(c.tounicode() if c else 'hello')
print(array.typecodes)
d = array.array('d')
d.fromlist([0.5, 1.5])
print(d.tolist(), sum(d), array.array('i', [3, 1, 2]) < array.array('i', [3, 2]))
try:
    array.array('z')
except ValueError as e:
    print(type(e).__name__, e)
