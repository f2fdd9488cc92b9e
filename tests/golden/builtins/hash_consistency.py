values = [0, 1, -1, 2 ** 40, 1.0, 0.5, -0.5, True, False, 'a', '', (1, 2), (), frozenset({1}), None]
for v in values:
    print(repr(v), hash(v) == hash(v), type(hash(v)).__name__)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(1.5), hash(-1.5), hash(0.1) == hash(0.1))
print(hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)), hash(-1) == -2)
