# list.sort: errors, mutation during sort, key/reverse semantics.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: sorted([3, 'a', 1]))
show(lambda: [].sort(1))
show(lambda: [].sort(key=None, reverse=False, x=1))
show(lambda: [3, 1, 2].sort(reverse=None))
show(lambda: sorted([3, 1, 2], key=lambda x: 1 // (x - 2)))

l = [3, 2, 1]
show(lambda: l.sort(key=lambda x: l.append(x) or x))
print(l)

seen = []
def key(x):
    seen.append(len(l2))  # the list looks empty while it is sorted
    return -x
l2 = [1, 2, 3]
l2.sort(key=key)
print(l2, seen)

# A failed comparison leaves every item in the list exactly once.
class Bomb:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        Bomb.n += 1
        if Bomb.n == 40:
            raise RuntimeError("boom")
        return self.v < other.v
items = [Bomb((i * 37) % 101) for i in range(101)]
try:
    items.sort()
except RuntimeError as e:
    print("RuntimeError", e)
print(len(items), sorted(b.v for b in items) == list(range(101)))

# Stability with key and with reverse=True.
data = [(i % 4, i) for i in range(40)]
print(sorted(data, key=lambda p: p[0])[:8])
print(sorted(data, key=lambda p: p[0], reverse=True)[:8])
print(sorted(['b', 'A', 'a', 'B'], key=str.lower), sorted(['b', 'A', 'a', 'B'], key=str.lower, reverse=True))

# Adaptive cases give the same answers as a plain sort.
import_free = list(range(1000)) + list(range(500))
print(sorted(import_free) == sorted(import_free, key=lambda x: x), sorted(import_free)[995:1005])
saw = [i if (i // 50) % 2 else 1000 - i for i in range(1000)]
print(sorted(saw)[:5], sorted(saw, reverse=True)[:5])
mixed = [3, 1.5, 2, -1, 0.0, 10**20, -10**20]
print(sorted(mixed))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
