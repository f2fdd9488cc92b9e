ba = bytearray(b'abcdef')
ba[::2] = b'XYZ'
print(ba)
ba.extend(range(48, 51))
print(ba, ba.pop(), ba)
ba[0:0] = b'>>'
print(ba, ba.index(b'Z'), ba.find(b'q'), ba.count(b'X'))
print(ba.upper(), ba.lower(), ba.replace(b'>>', b'<'), ba.strip(b'>'), type(ba.upper()).__name__)
ba2 = bytearray(3)
ba2[1] = 255
print(ba2, list(ba2), ba2 == b'\x00\xff\x00')
ba3 = bytearray(b'hello')
ba3.reverse()
print(ba3, ba3.decode(), bytes(ba3), ba3 + b'!', ba3 * 2)
del ba3[1:3]
print(ba3, ba3.isalpha(), len(ba3))
ba4 = bytearray(b'x')
ba4 += b'yz'
ba4 *= 2
print(ba4, ba4.startswith(b'xy'), ba4.split(b'z'), ba4.hex())
