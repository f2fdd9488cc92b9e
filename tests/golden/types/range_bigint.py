# range with big ints, slicing, membership and errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

big = range(2**100, 2**100 + 10, 3)
print(big, list(big), big[1:], big[::-1], big[-1], len(big))
print(2**100 + 3 in big, 2**100 + 4 in big, big.index(2**100 + 6), big.count(2**100 + 9))
show(lambda: len(range(2**63)))
show(lambda: range(2**63)[2**62])
show(lambda: range(10**30)[-1])
show(lambda: range(10**30)[-5:])
show(lambda: range(10**30)[10**30])
print(bool(range(2**70)), bool(range(5, 5)))
print(list(reversed(range(2**64, 2**64 + 3))), list(range(2**62 - 2, 2**62 + 2)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2), hash(range(0)) == hash(range(3, 3)))
show(lambda: range(1, 2, 0))
show(lambda: range(1.5))
show(lambda: range(10).index(11))
show(lambda: range(10).index('a'))
print(range(10)[True], range(-5, 5)[::-2], range(5)[10:], list(range(5, -5, -3)))
print(1.0 in range(3), range(3).count(1.0), (range(3).start, range(3).stop, range(3).step))
