# From seed 003 ("Module 5.a: Memory, GIL, & Internal Performance"),
# Lesson 3 "The Solution: Multiprocessing", cell In [68]. That cell uses
# cpu_heavy, COUNT and seq_time from cell In [62], so the part of In [62]
# it needs (the sequential run) is repeated first. Timings vary per run.
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

# --- cell In [68] ---
import multiprocessing

multiprocessing.set_start_method('fork', force=True)
# Each process gets its own GIL
processes = [
    multiprocessing.Process(target=cpu_heavy, args=(COUNT,)),
    multiprocessing.Process(target=cpu_heavy, args=(COUNT,)),
]

start = time.perf_counter()
for p in processes:
    p.start()
for p in processes:
    p.join()
thread_time = time.perf_counter() - start
print(f"Multiprocessing:   {thread_time:.2f}s (speedup: {seq_time/thread_time:.2f}x)")
