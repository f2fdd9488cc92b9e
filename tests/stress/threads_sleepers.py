# tests/stress/threads_sleepers.py: 20 threads each sleeping 0.1 s finish in
# under 0.2 s: time.sleep releases the GIL (issue 4).
import threading
import time

threads = [threading.Thread(target=time.sleep, args=(0.1,)) for _ in range(20)]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
took = time.perf_counter() - start
print(f"20 sleepers took {took:.3f}s")
print("PASS sleepers" if took < 0.2 else "FAIL sleepers")
