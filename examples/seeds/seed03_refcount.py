# From seed 003 ("Module 5.a: Memory, GIL, & Internal Performance"),
# Lesson 4 "Reference Counting & Garbage Collection", cell In [69]. The
# notebook imported sys earlier; that import (marked) was added.
import sys  # added

# Reference counting
data = [1, 2, 3]
print(f"Initial refcount: {sys.getrefcount(data)}")

alias = data  # +1 reference
print(f"After alias: {sys.getrefcount(data)}")

container = {'data': data}  # +1 reference
print(f"After container: {sys.getrefcount(data)}")

del alias  # -1 reference
del container  # -1 reference
print(f"After deletions: {sys.getrefcount(data)}")
