print(1j, 2.5j, 1e3j, 0j)
print(1 + 2j, (1 + 2j) * (3 - 4j))
z = 3 + 4j
print(z.real, z.imag, abs(z))
print(z.conjugate())
print(-1j, (-0.0-1j))
print(complex(1, 2) == 1 + 2j)
print(type(1j).__name__)
print(1_0j)
