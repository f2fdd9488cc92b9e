for a in [5, -5, 0, -1, 255, -256]:
    print(a, a & 0xF, a | 0x10, a ^ -1, ~a, a >> 1, a << 2)
print(-1 & 0xFFFFFFFF, (-1) >> 100, 1 << 100 >> 99, -(1 << 100) >> 99)
print(bin(-10), bin(-10 & 0xFF), (-10).bit_length(), (10).bit_count())
print(0x7FFFFFFF + 1, -0x80000000 - 1, (1 << 63) - 1, -(1 << 63))
x = 0
for bit in [0, 3, 5]:
    x |= 1 << bit
print(x, bin(x), [i for i in range(8) if x >> i & 1])
print(12 & -12, 12 ^ 10, ~0, ~~7, -~5, ~-5)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
