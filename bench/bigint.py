# bigint: arbitrary-precision integers: factorials, powers, modular
# exponentiation, pi digits by Machin's formula, Fibonacci by fast
# doubling, gcd, and conversion of huge ints to and from decimal strings.
import sys

SCALE = 4
if "--quick" in sys.argv[1:]:
    SCALE = 1

# CPython 3.11 limits int<->str conversion to 4300 digits by default.
sys.set_int_max_str_digits(0)


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def arctan_inv(x, unity):
    # arctan(1/x) * unity, by the alternating Taylor series
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        n += 2
        total += sign * (term // n)
        sign = -sign
    return total


def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** 10)


def fib_pair(n):
    # returns (F(n), F(n+1))
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return d, c + d
    return c, d


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def digit_sum(n):
    return sum(int(ch) for ch in str(n))


def isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def main():
    f = factorial(1500 * SCALE)
    s = str(f)
    print("factorial digits", len(s), s[:20], digit_sum(f))
    print("trailing zeros", len(s) - len(s.rstrip("0")))

    p = 3 ** (20000 * SCALE) + 7
    ps = str(p)
    back = int(ps)
    print("power", len(ps), ps[-15:], back == p, back.bit_length())

    m = (1 << 521) - 1
    acc = 0
    for k in range(60 * SCALE):
        acc ^= pow(3 + k, m - 1, m)
    print("modpow", acc == 0, acc.bit_length(), pow(2, 10 ** 6, 10 ** 9 + 7))

    pi = pi_digits(1200 * SCALE)
    print("pi", pi[:30], pi[-10:], len(pi))

    fa, fb = fib_pair(30000 * SCALE)
    print("fib", len(str(fa)), str(fa)[:15], gcd(fa, fb), fb % 1000000007)

    a = factorial(700)
    b = factorial(500) * 3 ** 200
    print("gcd", digit_sum(gcd(a, b)), (a * b).bit_length(), divmod(a, b * 7 + 1)[1] % 1000003)

    r = isqrt(2 * 10 ** (2 * 800 * SCALE))
    print("sqrt2", str(r)[:25], len(str(r)))

    n = -int("9" * 3000 * SCALE)
    print("neg", n % 1000007, (n >> 100) & 0xFFFF, hex(n)[-12:], (n // 12345) % 99991,
          abs(n).bit_count())
    print(int.from_bytes(f.to_bytes((f.bit_length() + 7) // 8, "little"), "little") == f)


main()
