# From seed 002 ("Python Memory & Performance Optimization Guide"), section
# "1. Memory Management in Python" > "Example: Tracking Memory Leaks".
import tracemalloc

tracemalloc.start()

# Your code
data = [x for x in range(10**6)]
del data

print(tracemalloc.get_traced_memory())
tracemalloc.stop()
