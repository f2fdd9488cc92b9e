def digit_sum(n):
    return sum(int(d) for d in str(n))


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def catalan(n):
    c = 1
    for i in range(n):
        c = c * 2 * (2 * i + 1) // (i + 2)
    return c


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return ''.join(map(str, out))


f100 = 1
for i in range(2, 101):
    f100 *= i
print(digit_sum(f100), len(str(f100)), str(f100)[:30])
print(digit_sum(2 ** 1000), len(str(2 ** 1000)))
print(max(range(1, 10000), key=collatz), collatz(27))
print([catalan(i) for i in range(15)], catalan(100))
big = 10 ** 100 + 12345
r = isqrt(big)
print(r, r * r <= big < (r + 1) * (r + 1))
print(isqrt(2 * 10 ** 60))
print(pi_digits(60))
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print(len(str(a)), a % 1000000007, str(a)[:25])
print(pow(2, 10 ** 6, 10 ** 9 + 7), pow(7, 12345678901234567890, 998244353))
mersenne = [p for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31] if all((2 ** p - 1) % d for d in range(2, isqrt(2 ** p - 1) + 1))]
print(mersenne)
print((123456789 ** 5) // (987654321 ** 2), -(10 ** 30) // 7, (-(10 ** 30)) % 7)
