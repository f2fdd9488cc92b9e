# The module-level functions: start/stop, the frame limit and its checks,
# traced memory, reset_peak, clear_traces.
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
for bad in (0, -1, 65536, 2**31 - 1):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    tracemalloc.start(2**31)
except OverflowError as e:
    print("OverflowError:", e)
for bad in ("3", 1.5, None):
    try:
        tracemalloc.start(bad)
    except TypeError as e:
        print("TypeError:", e)
print(tracemalloc.is_tracing())

tracemalloc.start(7)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.start(3)  # already tracing: the limit stays
print(tracemalloc.get_traceback_limit())

blob = [bytes(1000) for _ in range(100)]
current, peak = tracemalloc.get_traced_memory()
print("traced >= 100 KB:", current >= 100_000, "peak >= current:", peak >= current)
del blob
current2, peak2 = tracemalloc.get_traced_memory()
print("freed:", current2 < current - 90_000, "peak kept:", peak2 >= current)
tracemalloc.reset_peak()
current3, peak3 = tracemalloc.get_traced_memory()
print("peak reset:", peak3 < peak2, peak3 >= current3)
print("own memory:", tracemalloc.get_tracemalloc_memory() > 0)

tracemalloc.clear_traces()
print("cleared:", tracemalloc.get_traced_memory()[0] < 10_000, tracemalloc.is_tracing())
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.stop()  # stopping twice is fine
tracemalloc.start()
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
print(tracemalloc.get_object_traceback(object()))
