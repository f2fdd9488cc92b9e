a = list(range(8))
a[2:4] = ['x', 'y', 'z']
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
b = list(range(10))
b[::2] = 'abcde'
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
c = list(range(6))
del c[::2]
print(c)
d = list(range(6))
del d[1:3]
print(d)
e = [1, 2, 3]
e[1:2] = range(5)
print(e)
f = [1, 2, 3, 4]
f[::-1] = [9, 8, 7, 6]
print(f)
ba = bytearray(b'hello')
ba[1:3] = b'EL'
print(ba)
