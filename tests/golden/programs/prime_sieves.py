def sieve_eratosthenes(n):
    if n < 2:
        return []
    is_p = bytearray([1]) * (n + 1)
    is_p[0] = is_p[1] = 0
    i = 2
    while i * i <= n:
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
        i += 1
    return [k for k in range(n + 1) if is_p[k]]


def trial_division(n):
    primes = []
    for k in range(2, n + 1):
        if all(k % p for p in primes if p * p <= k):
            primes.append(k)
    return primes


def segmented(lo, hi):
    base = sieve_eratosthenes(int(hi ** 0.5) + 1)
    mark = [True] * (hi - lo)
    for p in base:
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            mark[m - lo] = False
    return [lo + i for i, ok in enumerate(mark) if ok and lo + i > 1]


def factorize(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out.append(n)
    return out


def is_prime_mr(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


p100 = sieve_eratosthenes(100)
print(p100)
print(p100 == trial_division(100), len(sieve_eratosthenes(100000)))
print(segmented(1000, 1100))
print(sum(sieve_eratosthenes(10000)))
for n in [360, 97, 1001, 2 ** 16 + 1, 600851475143, 1]:
    print(n, factorize(n))
big = [2 ** 61 - 1, 2 ** 89 - 1, 2 ** 64 + 1, 10 ** 18 + 9, 1000000007 * 998244353]
print([is_prime_mr(x) for x in big])
twins = [(p, p + 2) for p in p100 if p + 2 in set(p100)]
print(twins)
gaps = {}
ps = sieve_eratosthenes(1000)
for a, b in zip(ps, ps[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
goldbach = {n: next((p, n - p) for p in ps if n - p in set(ps)) for n in range(4, 31, 2)}
print(goldbach)
