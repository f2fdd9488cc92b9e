# From seed 001 ("Python - Primitives, Memory & Concurrency"), section
# "Deep Dive: Lists in Python" > "Resizing". The seed gives one line of
# C-style pseudo-code; fixed so it runs: the C ternary `(c ? a : b)` became
# Python's `(a if c else b)`, and a loop (added) supplies old_size.
for old_size in range(0, 40, 3):  # added so the formula has inputs
    new_size = old_size + (old_size >> 3) + (3 if old_size < 9 else 6)
    print(old_size, new_size)  # added
