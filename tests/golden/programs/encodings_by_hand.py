B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b'\x00' * (3 - len(chunk)), 'big')
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = '=' * (3 - len(chunk))
        out.extend(chars)
    return ''.join(out)


def b64decode(text):
    text = text.rstrip('=')
    bits = ''.join(format(B64.index(c), '06b') for c in text)
    usable = len(bits) - len(bits) % 8
    return bytes(int(bits[i:i + 8], 2) for i in range(0, usable, 8))


def hexdump(data, width=8):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = ' '.join(f'{b:02x}' for b in chunk)
        text = ''.join(chr(b) if 32 <= b < 127 else '.' for b in chunk)
        lines.append(f'{off:04x}  {hexpart:<{width * 3 - 1}}  |{text}|')
    return '\n'.join(lines)


def crc32(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def utf8_encode(s):
    out = bytearray()
    for ch in s:
        cp = ord(ch)
        if cp < 0x80:
            out.append(cp)
        elif cp < 0x800:
            out += bytes([0xC0 | cp >> 6, 0x80 | cp & 0x3F])
        elif cp < 0x10000:
            out += bytes([0xE0 | cp >> 12, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F])
        else:
            out += bytes([0xF0 | cp >> 18, 0x80 | cp >> 12 & 0x3F, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F])
    return bytes(out)


for sample in [b'', b'f', b'fo', b'foo', b'foobar', b'Many hands make light work.', bytes(range(250, 256))]:
    enc = b64encode(sample)
    print(repr(sample), enc, b64decode(enc) == sample)
print(hexdump(b'Hello, pith!\x00\x01\x02\xff binary tail'))
for s in [b'', b'a', b'The quick brown fox jumps over the lazy dog']:
    print(s[:10], f'{crc32(s):08x}')
for s in ['abc', 'é', '€', '😀', 'mixed é€😀!']:
    print(repr(s), utf8_encode(s) == s.encode('utf-8'), utf8_encode(s).hex())
