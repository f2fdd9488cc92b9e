secs = 98765
h, rem = divmod(secs, 3600)
m, s = divmod(rem, 60)
print(f'{h:02d}:{m:02d}:{s:02d}')
print([divmod(n, 7) for n in (-15, -1, 0, 1, 15)])
print(divmod(10 ** 25, 10 ** 12), divmod(-7.5, 2.5), divmod(7, 0.5))
print(pow(2, 100) % 1000, pow(2, 100, 1000), pow(10, -3), pow(-1, 0.5).real.__class__.__name__)
def modinv(a, m):
    return pow(a, -1, m)
print(modinv(3, 11), (3 * modinv(3, 11)) % 11, pow(38, -1, 97))
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2, 0 ** 5)
