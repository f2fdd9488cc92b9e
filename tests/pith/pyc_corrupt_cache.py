# A corrupt cache file is ignored: the source is compiled again, the right
# code runs, and a good cache file replaces the bad one. Covers garbage, an
# empty file, a truncated file, a wrong magic number and flipped bytes in the
# marshalled body. Guards src/compile/marshal.c (pt_marshal_load_code must
# reject bad data, never crash) and src/vm/import.c.
import os
import _pyc_helper as h

h.setup()
h.write("corrupt_mod.py",
        "import sys\n"
        "BIG = 2 ** 100\n"
        "S = 'h\\u00e9llo \\U0001f600'\n"
        "def f(x, *a, k=3, **kw):\n"
        "    return [i * k for i in range(x)], BIG % 97, S, (1.5, 2j, b'\\x00\\xff', frozenset({1}))\n")
show = "import corrupt_mod; print('  ', corrupt_mod.f(3))"
h.run(show)
pyc = h.cache_path("corrupt_mod")
with open(pyc, "rb") as f:
    good = f.read()
print("cache size > 32:", len(good) > 32)


def damage(label, data):
    print(label)
    with open(pyc, "wb") as f:
        f.write(data)
    h.run(show)
    with open(pyc, "rb") as f:
        print("  rewritten:", f.read() == good)


damage("garbage", b"this is not a pyc file at all" * 3)
damage("empty", b"")
damage("header only", good[:32])
damage("truncated body", good[:len(good) // 2])
damage("one byte short", good[:-1])
damage("bad magic", b"XXXX" + good[4:])
body = bytearray(good)
for i in range(40, len(body), 7):
    body[i] ^= 0x5A
damage("flipped bytes", bytes(body))
damage("trailing junk", good + b"\x00junk")
print("intact")
h.run(show)
h.cleanup()
