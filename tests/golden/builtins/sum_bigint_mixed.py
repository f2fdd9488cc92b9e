# sum() over big totals with small items, mixed with floats, bools, subclasses,
# Fractions and a bad item: exact results in CPython's order.
print(sum(x * x for x in range(3_000_000)))
print(sum([2**62, 1, -1, 5, -2**62, 7]))
print(sum([2**70] + [2**61] * 10 + [-(2**61)] * 3))
print(sum([2**63, 1.5, 2]))
print(sum([2**63, 1, True, 2]))
print(sum(range(-10**6, 10**6), 10**30))
print(sum([2**62 - 1] * 20))
print(sum([-(2**62)] * 20 + [3]))
try:
    print(sum([2**64, 1, "x"]))
except TypeError as e:
    print(e)
class I(int): pass
print(sum([I(5), 2**64, 1, 2]))
import fractions
print(sum([2**64, 1, fractions.Fraction(1, 3), 2]))
