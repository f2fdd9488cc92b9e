import math
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 17, 99, 100, 10 ** 30]])
print(math.factorial(20), math.factorial(30) // math.factorial(28))
print([math.comb(6, k) for k in range(7)], [math.perm(5, k) for k in range(6)])
print(math.gcd(2 ** 40, 6 ** 20), math.lcm(*range(1, 21)), math.gcd(0, 0))
print(math.prod(range(1, 11)), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.floor(7 / 2), math.ceil(7 / 2), math.floor(-7 / 2), math.ceil(-7 / 2), 7 // 2, -(-7 // 2))
class F:
    def __floor__(self):
        return 'floored'
    def __ceil__(self):
        return 'ceiled'
print(math.floor(F()), math.ceil(F()))
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)
