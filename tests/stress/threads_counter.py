# tests/stress/threads_counter.py: 50 threads x 10,000 increments under a Lock
# give exactly 500,000; without the lock the runtime must not crash or
# corrupt the int (the total may then be anything up to 500,000).
import threading

N_THREADS, N_INCR = 50, 10_000
counter = 0
lock = threading.Lock()


def locked():
    global counter
    for _ in range(N_INCR):
        with lock:
            counter += 1


def unlocked():
    global counter
    for _ in range(N_INCR):
        counter += 1


def run(fn):
    global counter
    counter = 0
    threads = [threading.Thread(target=fn) for _ in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


total = run(locked)
print("locked:", total)
print("PASS locked counter" if total == N_THREADS * N_INCR else "FAIL locked counter")
total = run(unlocked)
print("unlocked:", total)
ok = isinstance(total, int) and 0 < total <= N_THREADS * N_INCR
print("PASS unlocked counter (no crash)" if ok else "FAIL unlocked counter")
