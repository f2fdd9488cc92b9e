print(hash(1), hash(0), hash(-1), hash(True), hash(1.0), hash(0.5), hash(2 ** 61), hash(-0.0))
print(hash('abc') == hash('abc'), hash((1, 2)) == hash((1, 2)), hash(frozenset()) == hash(frozenset()))
print(hash(float('inf')), hash(float('-inf')), hash(None) == hash(None))
print(hash(1 + 0j), hash(complex(0, 1)) == hash(1j))
class H:
    def __hash__(self):
        return -1
print(hash(H()))
class HB:
    def __hash__(self):
        return 'x'
try:
    hash(HB())
except TypeError as e:
    print(type(e).__name__, e)
for bad in [[1], {1: 2}, {1}, bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
