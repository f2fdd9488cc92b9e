def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a * b // gcd(a, b)
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
def digit_sum(n):
    return sum(int(c) for c in str(abs(n)))
def reverse_int(n):
    sign = -1 if n < 0 else 1
    return sign * int(str(abs(n))[::-1])
print(gcd(48, 180), lcm(4, 6), [n for n in range(30) if is_prime(n)])
print(digit_sum(-9875), reverse_int(1200), reverse_int(-345))
print([bin(n).count('1') for n in range(9)], sum(1 for n in range(1, 101) if n % 3 == 0 or n % 5 == 0))
fact = 1
for i in range(1, 26):
    fact *= i
print(fact, str(fact).count('0'), len(str(fact)))
