t = (1, 'two', 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((1,), (), tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)))
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9))
print(t.index('two'), (1, 1, 2).count(1), 'two' in t)
t[3].append(5)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'ok'}[(1, 2)])
a, (b, c) = 1, (2, 3)
print(a, b, c)
print(repr((1,)), repr(()), str((None, 'x')))
try:
    (1, 2).index(5)
except ValueError as e:
    print(type(e).__name__, e)
print(max((3, 1), (2, 9)), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
x = 1, 2
print(type(x).__name__, x)
