import array
a = array.array('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, len(a), a[0], a[-1], a[1:3], a.typecode, a.itemsize)
a.insert(0, 0)
print(a.pop(), a.pop(0), a.index(3), a.count(2))
a.reverse()
print(a.tolist(), sum(a), max(a))
d = array.array('d', [1.5, 2.5])
print(d, d.itemsize, d[1] * 2)
b = array.array('b', [-1, 0, 1])
print(b.tobytes(), array.array('B', b'\x01\x02'))
try:
    array.array('b', [200])
except OverflowError as e:
    print(type(e).__name__, e)
try:
    a.append(1.5)
except TypeError as e:
    print(type(e).__name__, e)
u = array.array('H', range(5))
u[2] = 100
print(u, list(u), u == array.array('H', [0, 1, 100, 3, 4]))
f = array.array('f')
f.frombytes(array.array('f', [0.5, 0.25]).tobytes())
print(f.tolist())
print(array.array('i', [3, 1, 2]) + array.array('i', [9]), array.array('i', [7]) * 3)
