# tests/stress/threads_countdown.py: the seeds' countdown demo (issue 4).
# Two CPU-bound threads under the GIL take about as long as running the two
# countdowns one after the other: speedup about 1.0 (bounds 0.6 .. 1.5).
import threading
import time


def cpu_heavy(n):
    while n > 0:
        n -= 1


COUNT = 10_000_000
start = time.perf_counter()
cpu_heavy(COUNT)
cpu_heavy(COUNT)
seq = time.perf_counter() - start
threads = [threading.Thread(target=cpu_heavy, args=(COUNT,)) for _ in range(2)]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
thr = time.perf_counter() - start
ratio = seq / thr
print(f"sequential {seq:.2f}s threaded {thr:.2f}s speedup {ratio:.2f}x")
print("PASS countdown" if 0.6 <= ratio <= 1.5 else "FAIL countdown")
