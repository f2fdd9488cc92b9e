# tests/stress/threads_fairness.py: one CPU-bound thread beside one that sleeps
# 1 ms in a loop: the sleeper's wake-up latency (time beyond the 1 ms asked
# for) stays within 3 switch intervals (median).
import sys
import threading
import time

interval = sys.getswitchinterval()
stop = False


def spin():
    n = 0
    while not stop:
        n += 1


lat = []


def sleeper():
    for _ in range(300):
        t0 = time.perf_counter()
        time.sleep(0.001)
        lat.append(time.perf_counter() - t0 - 0.001)


cpu = threading.Thread(target=spin)
cpu.start()
s = threading.Thread(target=sleeper)
s.start()
s.join()
stop = True
cpu.join()
lat.sort()
p50, p95, worst = lat[len(lat) // 2], lat[int(len(lat) * 0.95)], lat[-1]
print(f"wake-up latency: median {p50 * 1e3:.2f} ms, p95 {p95 * 1e3:.2f} ms, "
      f"max {worst * 1e3:.2f} ms (switch interval {interval * 1e3:.1f} ms)")
# The median is checked; p95 is shown (on a loaded machine the OS scheduler, not
# the GIL, dominates the tail, for CPython as well).
print("PASS fairness" if p50 <= 3 * interval else "FAIL fairness")
