b = b'hello'
print(b, type(b).__name__, len(b))
print(b'\x00\xff\n', B'abc')
print(b'a' b'b')
print(list(b'AZ'))
print(b'\x41\102C')
print(bytes([72, 105]))
print(b"""tri
ple""")
print(b'abc'[0], b'abc'[1:])
print(repr(b"'"), repr(b'"'), repr(b'\'"'))
