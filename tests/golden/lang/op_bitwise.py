a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(a << 2, a >> 2, 1 << 70, (1 << 70) >> 68)
print(-16 >> 2, -1 >> 10, -16 << 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(0xF0F0 & 0x0FF0, 0xF0 | 0x0F)
print((-5) & 0xFF, (-5) | 3, (-5) ^ 3)
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True & 3).__name__)
x = 0
for i in range(8):
    x |= 1 << i
print(x)
