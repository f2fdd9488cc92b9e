import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version, u.is_safe)
for kw in [dict(hex="urn:uuid:12345678123456781234567812345678"),
           dict(bytes=u.bytes), dict(bytes_le=u.bytes_le), dict(fields=u.fields),
           dict(int=u.int)]:
    print(uuid.UUID(**kw) == u)
print(uuid.UUID(int=5, version=4))
print(uuid.UUID(int=0).variant, uuid.UUID(int=0).version)
print(uuid.UUID(int=(1 << 128) - 1).variant)
print(uuid.UUID(int=0xc << 60).variant)
for kw in [dict(), dict(hex="xyz"), dict(hex="g" * 32), dict(bytes=b"abc"), dict(bytes_le=b"x"),
           dict(fields=(1, 2)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 0, 0, 0, 0, 1 << 48)),
           dict(int=-1), dict(int=1 << 128), dict(int=1, version=9), dict(hex="a", int=1)]:
    try:
        uuid.UUID(**kw)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError", e)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == uuid.UUID(int=1), a == 1)
print(hash(a) == hash(uuid.UUID(int=1)), int(b), sorted([b, a]))
print(len({a, b, uuid.UUID(int=1)}))
try:
    a < 1
except TypeError as e:
    print("TypeError", e)

print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://x"))
print(uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
x = uuid.uuid4()
print(x.version, x.variant, len(str(x)), x != uuid.uuid4())
y = uuid.uuid1()
print(y.version, y.variant)
y2 = uuid.uuid1()
print(y2.time >= y.time, y2 != y)
z = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(z.node), hex(z.clock_seq), z.version)
print(list(uuid.SafeUUID), uuid.SafeUUID.unknown.value)
print(uuid.RFC_4122, uuid.RESERVED_NCS, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
n = uuid.getnode()
print(0 <= n < 1 << 48, n == uuid.getnode())
class Sub(uuid.UUID):
    pass
print(repr(Sub(int=7)))
print(uuid.UUID(int=7).__getstate__())
