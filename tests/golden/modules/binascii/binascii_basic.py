import binascii
print(binascii.hexlify(b'\x01\xab\xff'), binascii.hexlify(b'\x01\x02\x03\x04\x05', '-', 2), binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', -2), binascii.unhexlify('01abFF'), binascii.b2a_base64(b'abcd'), binascii.a2b_base64('YWJjZA=='), binascii.crc32(b'abc'), binascii.crc_hqx(b'abc', 0))
for call in [lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify('zz'), lambda: binascii.a2b_base64('YWJjZ'), lambda: binascii.a2b_base64('YWJjZA'), lambda: binascii.a2b_base64('Y!W=J=jZA=='), lambda: binascii.a2b_base64(b'YW\nJj', strict_mode=True), lambda: binascii.a2b_base64('YQ==YQ=='), lambda: binascii.a2b_base64('YQ=')]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
