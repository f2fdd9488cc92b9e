# pith-only: sys.getsizeof of pith's objects. Small ints and most floats are
# immediates: the 8-byte value word is all they cost. Heap objects have an
# 8-byte header; getsizeof does not count the 16-byte GC head of containers
# (CPython's figures include its own). See docs/memory.md.
import sys


class Three:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3


class Slots:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1.5
        self.y = 2.5


for name, value in [
    ("int", 1),
    ("float", 1.5),
    ("empty list", []),
    ("2-tuple", (1, 2)),
    ("empty tuple", ()),
    ("empty dict", {}),
    ("5-char str", "hello"),
    ("instance with 3 attributes", Three()),
    ("__slots__ instance, 2 slots", Slots()),
    ("None", None),
]:
    print("%-28s %d" % (name, sys.getsizeof(value)))

# Lists over-allocate: the size steps as items are appended.
items = []
steps = [sys.getsizeof(items)]
for i in range(40):
    items.append(i)
    size = sys.getsizeof(items)
    if size != steps[-1]:
        steps.append(size)
print("list sizes while appending 40 items:", steps)
# Tuples are exact: 8 bytes per item over the empty one.
print("tuple sizes:", [sys.getsizeof(tuple(range(n))) for n in range(5)])
