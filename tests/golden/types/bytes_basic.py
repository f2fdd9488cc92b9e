b = b'Hello, World'
print(b[0], b[-1], b[:5], b[::-1], len(b), b'W' in b, 72 in b)
print(bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes('hi', 'ascii'), bytes(b'copy'))
print(b.upper(), b.lower(), b.split(b', '), b.replace(b'l', b'L'), b.find(b'o'), b.count(b'l'))
print(b.startswith(b'Hell'), b.endswith(b'!'), b.strip(b'Hd'), b'  x '.strip())
print(b'-'.join([b'a', b'b']), b.hex(), bytes.fromhex('48 65 6c'), b.hex(':', 2))
print(b'abc' + b'def', b'ab' * 3, b'abc' < b'abd', b'a' == b'a', b'a' == 'a')
print(list(b'abc'), tuple(b'\x00\x01'), b'\x00\x7f\x80\xff')
print(repr(b"it's"), repr(b'\t\n\r\\'), b.isalpha(), b'123'.isdigit(), b'abc'.isalpha())
print(b.partition(b','), b.center(16, b'*'), b'abc'.title(), b'ABC'.swapcase())
print(b'a,b'.split(b','), b'x y  z'.split(), b'line\nline2'.splitlines())
print(bytes.maketrans(b'abc', b'xyz'), b'abc'.translate(bytes.maketrans(b'ab', b'AB')))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes('x')
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b'abc') == hash(b'abc'), b'%s-%d' % (b'x', 5))
