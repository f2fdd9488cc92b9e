print(chr(65), chr(97), chr(8364), chr(0x10FFFF) == '\U0010ffff', ord('a'), ord('€'), ord('\U0001F600'))
print([chr(i) for i in range(72, 76)], ''.join(chr(ord(c) + 1) for c in 'HAL'))
print(ord(b'A'), ord(bytearray(b'z')))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(''), lambda: ord('ab'), lambda: chr('a'), lambda: ord(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
