# From seed 003 ("Module 5.a: Memory, GIL, & Internal Performance"),
# Lesson 5 "Memory Optimization Strategies", cell In [72]. The notebook
# imported sys earlier; that import (marked) was added.
import sys  # added

# Generators vs Lists
# List: creates all items in memory
list_size = sys.getsizeof([x**2 for x in range(10000)])

# Generator: creates items on-demand
gen_size = sys.getsizeof(x**2 for x in range(10000))

print(f"List comprehension: {list_size:,} bytes")
print(f"Generator:          {gen_size:,} bytes")
print(f"\n→ Generator uses constant memory regardless of size!")
