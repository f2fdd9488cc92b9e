# Allocating until MemoryError while tracing: the failed requests raise,
# the module keeps working, and the snapshot still reports what is live.
import os
import tracemalloc

tracemalloc.start()
kept = []
errors = 0
size = 1 << 20
while size < (1 << 62):
    try:
        kept.append(bytearray(size))              # line 12
    except MemoryError:
        errors += 1
        break
    if len(kept) >= 8:
        kept.pop(0)
    size *= 4
print("stopped by MemoryError:", errors == 1, size >= (1 << 30))
for huge in (lambda: bytes(1 << 62), lambda: [0] * (1 << 61)):
    try:
        huge()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__)

snap = tracemalloc.take_snapshot()
stats = snap.statistics("lineno")
line12 = [s for s in stats if os.path.basename(s.traceback[0].filename) == "tracemalloc_memoryerror.py"
          and s.traceback[0].lineno == 12]
print("line 12 still reported:", len(line12) == 1, line12[0].count >= 1)
current, peak = tracemalloc.get_traced_memory()
print("peak >= current:", peak >= current, current > 0)
del kept
print("after del:", tracemalloc.get_traced_memory()[0] < current)
tracemalloc.stop()
