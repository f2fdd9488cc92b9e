import array
for tc in 'bBhHiIlLqQ':
    for v in (2**70, -2**70, 2**63, -1, 300, -300, 70000, -70000, 2**32, -2**31 - 1):
        try:
            array.array(tc, [v])
        except OverflowError as e:
            print(tc, v, e)
for tc, v in (('i', 1.5), ('i', 'a'), ('d', 'a'), ('u', 1), ('u', 'ab'), ('b', None)):
    try:
        array.array(tc, [v])
    except TypeError as e:
        print(tc, repr(v), e)
print(array.array('Q', [2**64 - 1])[0], array.array('L', [2**63])[0], array.array('q', [-2**63])[0])
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
a = array.array('i', [1, 2])
err(lambda: array.array('b', 'abc'))
err(lambda: array.array(1))
err(lambda: array.array('ab'))
err(lambda: a + array.array('d'))
err(lambda: a + [1])
err(lambda: a[5])
err(lambda: a.pop(7))
err(lambda: array.array('i').pop())
err(lambda: a.remove(9))
err(lambda: a.index(9))
err(lambda: a.frombytes(b'abc'))
err(lambda: a.__setitem__(slice(0, 1), [1]))
err(lambda: a.fromunicode('x'))
err(lambda: a.tounicode())
err(lambda: a.__setitem__(slice(None, None, 2), array.array('i', [1, 2, 3])))
err(lambda: hash(a))
print(repr(array.array('u', 'hi')), repr(array.array('b')), repr(array.array('f', [0.5])))
print(array.array('i', [1, 2]) == [1, 2], array.array('d', [1.0]) == array.array('i', [1]))
print(array.ArrayType is array.array, array.array.__module__, type(iter(a)).__name__)
a = array.array('i', [1, 2, 3]); a *= 2; a += array.array('i', [9])
print(a, 2 * a, a[-2:], a[::-1])
del a[::2]; print(a)
a[1:2] = array.array('i'); print(a)
a[5:] = array.array('i', [7, 8]); print(a)
a[::-1] = array.array('i', [4, 3, 2, 1]); print(a)
m = memoryview(array.array('d', [1.5, 2.5])); print(m.format, m.itemsize, m.tolist(), bytes(array.array('h', [1, 2])))
b = array.array('B', range(10)); b.insert(-1, 99); b.insert(100, 7); b.insert(-100, 5); print(b)
import io
f = io.BytesIO(); array.array('i', [5, 6, 7]).tofile(f); f.seek(0)
c = array.array('i'); c.fromfile(f, 2); print(c)
err(lambda: c.fromfile(f, 5))
print(c, c.index(6), c.index(5, -3), 6 in c, c.count(5))
print(array.array('d', [1.0, float('nan')]) == array.array('d', [1.0, float('nan')]))
print(array.array('i', [1, 2]) < array.array('i', [1, 3]), array.array('b', [1, 2]) >= array.array('h', [1, 2]))
c.extend(c); print(c, list(reversed(c)), sorted(array.array('f', [3.5, 1.25])))
print(array.array('i', [1, 2]).__reduce_ex__(2)[1], array.array('u', 'ab').tounicode())
