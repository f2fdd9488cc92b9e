s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2])
t = 'abcdefgh'
print(t[1:4], t[::-1], t[::3], t[-1], t[-2:])
print((1, 2, 3, 4)[1:3])
print(s[slice(1, 8, 3)], s[slice(None, None, -1)][:2])
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step)
print(sl.indices(5))
print(slice(None).indices(4), slice(-2, None).indices(6))
print(b'bytes'[1:3], bytearray(b'xyz')[::-1])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
