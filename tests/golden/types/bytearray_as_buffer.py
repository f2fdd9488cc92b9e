buf = bytearray()
for i in range(5):
    buf += bytes([65 + i])
buf.extend(b'-end')
print(buf, buf.decode(), len(buf))
buf[0:2] = b'ab'
del buf[-4:]
print(buf)
header = bytearray(4)
header[0] = 0xCA
header[1] = 0xFE
header[2:4] = (513).to_bytes(2, 'big')
print(header.hex(), int.from_bytes(header[2:], 'big'))
print(bytes(buf) == b'abCDE', buf.startswith(b'ab'), buf.find(b'D'))
