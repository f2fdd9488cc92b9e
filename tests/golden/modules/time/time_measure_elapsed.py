import time
start = time.perf_counter()
total = sum(i * i for i in range(20000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 30)
t0 = time.monotonic()
time.sleep(0.02)
dt = time.monotonic() - t0
print(0.015 <= dt < 5)
ns0 = time.perf_counter_ns()
ns1 = time.perf_counter_ns()
print(ns1 >= ns0, isinstance(ns1, int))
print(abs(time.time() - time.time_ns() / 1e9) < 1)
