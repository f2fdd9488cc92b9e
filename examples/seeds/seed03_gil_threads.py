# From seed 003 ("Module 5.a: Memory, GIL, & Internal Performance"),
# Lesson 3 "The GIL", cell In [62]. Prints timings, which vary per run.
import threading
import time

def cpu_heavy(n):
    """CPU-bound task: count down."""
    while n > 0:
        n -= 1

COUNT = 10_000_000

# Sequential
start = time.perf_counter()
cpu_heavy(COUNT)
cpu_heavy(COUNT)
seq_time = time.perf_counter() - start
print(f"Sequential: {seq_time:.2f}s")

# Threaded (limited by GIL)
threads = [
    threading.Thread(target=cpu_heavy, args=(COUNT,)),
    threading.Thread(target=cpu_heavy, args=(COUNT,)),
]

start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
thread_time = time.perf_counter() - start

print(f"Threaded:   {thread_time:.2f}s (speedup: {seq_time/thread_time:.2f}x)")
print("\n→ Threads don't help CPU-bound tasks due to GIL!")
