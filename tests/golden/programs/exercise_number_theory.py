def divisors(n):
    small, large = [], []
    i = 1
    while i * i <= n:
        if n % i == 0:
            small.append(i)
            if i != n // i:
                large.append(n // i)
        i += 1
    return small + large[::-1]
print(divisors(36), divisors(97), divisors(1))
perfect = [n for n in range(2, 10000) if sum(divisors(n)) - n == n]
print(perfect)
amicable = sorted({a for a in range(2, 3000) for b in [sum(divisors(a)) - a] if b != a and sum(divisors(b)) - b == a})
print(amicable)
def digits_of(n, base=10):
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(r)
    return out[::-1] or [0]
print(digits_of(2024), digits_of(255, 16), digits_of(0))
armstrong = [n for n in range(1, 10000) if sum(d ** len(str(n)) for d in digits_of(n)) == n]
print(armstrong)
def totient(n):
    result, p, m = n, 2, n
    while p * p <= m:
        if m % p == 0:
            while m % p == 0:
                m //= p
            result -= result // p
        p += 1
    if m > 1:
        result -= result // m
    return result
print([totient(n) for n in range(1, 21)])
print(sum(1 for n in range(1, 1000) if all(n % d for d in range(2, int(n ** 0.5) + 1)) and n > 1))
