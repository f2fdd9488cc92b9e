s = slice(3)
print(s, s.start, s.stop, s.step)
s = slice(1, 5)
print(s, list(range(10))[s])
s = slice(None, None, 2)
print('abcdef'[s], s.indices(6))
print(slice(1, 2, 3) == slice(1, 2, 3), slice(0, 1) < slice(0, 2))
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
