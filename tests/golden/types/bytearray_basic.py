ba = bytearray(b'hello')
ba[0] = ord('H')
ba.append(33)
ba.extend(b' ok')
print(ba, len(ba))
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('l'))
print(ba)
ba.reverse()
print(ba)
del ba[0:2]
print(ba, ba.find(b'l'), ba.count(b'l'), ba.upper(), bytes(ba))
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'x') * 3)
b2 = bytearray(b'abc')
b2 += b'def'
print(b2, b2 == b'abcdef', b2[1:3], type(b2[1:3]).__name__, b2[0])
b2[1:4] = b'XY'
print(b2)
b2.clear()
print(b2, len(b2))
try:
    bytearray(b'x')[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(bytearray())
except TypeError as e:
    print(type(e).__name__, e)
c = bytearray(b'copy')
d = c.copy()
d[0] = 67
print(c, d, bytearray.fromhex('ff00'), c.decode())
