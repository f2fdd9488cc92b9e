# Huge size requests fail cleanly with CPython's exception: MemoryError when
# the size fits in a C ssize_t but cannot be allocated, OverflowError when it
# does not fit at all. The process must go on working afterwards.
CASES = [
    "[0] * 2**62",
    "[0, 1] * 2**62",
    "(0,) * 2**62",
    "[None] * (2**62 // 8)",
    "b'x' * 2**62",
    "bytearray(2**62)",
    "bytes(2**62)",
    "b'a'.ljust(2**62)",
    "list(range(2**62))",
    "'x'.ljust(2**62)",
    "'x'.center(2**62)",
    "'a'.zfill(2**62)",
    "'%*d' % (2**62, 1)",
    "'{:>{}}'.format(1, 2**62)",
    "[0] * 2**63",
    "'x' * 2**63",
    "bytearray(2**63)",
    "[0] * 2**100",
    "len(range(2**64))",
    "[0] * -1",
    "'x' * -5",
    "range(2**62)[2**61]",
]
for c in CASES:
    try:
        r = eval(c)
        print(c, "->", r)
    except (MemoryError, OverflowError) as e:
        print(c, "->", type(e).__name__, e)
x = [0]
try:
    x *= 2**62
except MemoryError as e:
    print("list *=", type(e).__name__, len(x))
y = bytearray(b"ab")
try:
    y *= 2**62
except MemoryError as e:
    print("bytearray *=", type(e).__name__, y)
print(len([0] * 10**6), len("x" * 10**6))
