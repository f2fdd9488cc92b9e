# From seed 003 ("Module 5.a: Memory, GIL, & Internal Performance"),
# Lesson 2 "List Over-Allocation", cell In [61]. The notebook imported sys
# in an earlier cell; that import (marked) was added so it runs alone.
import sys  # added

# Watch list over-allocation in action
lst = []
prev_size = 0

print(f"{'Items':8} {'Size (bytes)':20} {'Total Size'}")
print("-" * 45)

for i in range(12):
    lst.append(i)
    size = sys.getsizeof(lst)
    print(f"{len(lst):7}{size:10}\t\t\t{size} bytes")

# Compare with tuple
tup = tuple(range(12))
print(f"\nTuple with 12 items: {sys.getsizeof(tup)} bytes (exact size)")
