# The seeds' snippet (tracking memory leaks): traced memory after building
# and deleting a list of a million ints. Sizes differ between
# implementations, so only their relations are printed.
import tracemalloc

tracemalloc.start()

data = [x for x in range(10**6)]
del data

current, peak = tracemalloc.get_traced_memory()
print(type(current).__name__, type(peak).__name__)
print("peak above 1 MB:", peak > 1_000_000)
print("current well below peak:", current * 10 < peak)
tracemalloc.stop()
print(tracemalloc.get_traced_memory())
