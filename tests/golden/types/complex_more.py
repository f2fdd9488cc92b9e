z = complex(3, -4)
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(z * 1j, z / 2, z ** 2, z ** 0, (1 + 1j) ** 8)
print(z == complex(3, -4), z != 3, complex(2, 0) == 2, complex(2, 0) == 2.0)
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(1 - 0j), str(1e100j))
print([c.imag for c in [1j, 2 + 3j, complex('5-6j')]])
print(sum([1j, 2j, 3]), sorted([3, 1, 2], key=lambda x: abs(x * 1j)))
print(f'{z}', f'{z:.1f}', '{:>15}'.format(str(z)), format(1 + 2j, '^12'))
print(hash(complex(1, 0)) == hash(1), bool(0j), bool(1e-300j))
try:
    int(1 + 2j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1 + 2j) // 2
except TypeError as e:
    print(type(e).__name__, e)
