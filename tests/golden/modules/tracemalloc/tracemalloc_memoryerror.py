# Allocating until MemoryError while tracing: the failing requests raise,
# the module keeps working, and the snapshot still reports what is live.
# (The failing sizes are far beyond any machine, so nothing is touched.)
import os
import tracemalloc

tracemalloc.start()
kept = []
size = 100_000
errors = 0
while errors == 0:
    try:
        kept.append(bytearray(size))              # line 13
    except MemoryError:
        errors += 1
    size = size * 10**7 if len(kept) >= 50 else size  # then 1 TB: refused at once
print("stopped by MemoryError:", errors == 1, len(kept) >= 50)
for huge in (lambda: bytes(1 << 62), lambda: [0] * (1 << 61), lambda: bytearray(1 << 50)):
    try:
        huge()
    except MemoryError as e:
        print(type(e).__name__)

snap = tracemalloc.take_snapshot()
stats = snap.statistics("lineno")
line13 = [s for s in stats if os.path.basename(s.traceback[0].filename) == "tracemalloc_memoryerror.py"
          and s.traceback[0].lineno == 13]
print("line 13 still reported:", len(line13) == 1, line13[0].count >= 50, line13[0].size >= 5_000_000)
current, peak = tracemalloc.get_traced_memory()
print("peak >= current:", peak >= current, current >= 5_000_000)
del kept
print("after del:", tracemalloc.get_traced_memory()[0] < current - 4_000_000)
tracemalloc.stop()
