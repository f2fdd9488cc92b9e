import base64, binascii
for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40]]:
    print(base64.b64encode(data), base64.b32encode(data), base64.b32hexencode(data), base64.b16encode(data), base64.b85encode(data), base64.a85encode(data), base64.urlsafe_b64encode(data))
    assert base64.b64decode(base64.b64encode(data)) == data and base64.b32decode(base64.b32encode(data)) == data and base64.b85decode(base64.b85encode(data)) == data and base64.a85decode(base64.a85encode(data)) == data and base64.b16decode(base64.b16encode(data)) == data
print(base64.b64decode('YWJj\nZA=='), base64.urlsafe_b64decode('-_8='), base64.encodebytes(b'x' * 60), base64.b32decode('mzxw6===', casefold=True))
for call in [lambda: base64.b64decode('YWJj!ZA==', validate=True), lambda: base64.b32decode('MZXW6==='[:7]), lambda: base64.b16decode('0g')]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)

