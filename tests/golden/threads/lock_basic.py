# Lock and RLock: acquire/release, with-statement, timeouts, reentrancy, repr.
import threading
import time

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked(), lock.acquire(blocking=False))
lock.release()
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
print(repr(lock).startswith("<unlocked _thread.lock object at "))

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(False))
print(repr(r).startswith("<locked _thread.RLock object owner="), "count=3" in repr(r))
r.release()
r.release()
r.release()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0"))
with r:
    with r:
        print("nested rlock")

# A lock held by another thread: acquire with timeout fails, then succeeds.
held = threading.Lock()
held.acquire()
got = []


def other():
    got.append(held.acquire(timeout=0.02))
    got.append(held.acquire(timeout=5))
    held.release()


t = threading.Thread(target=other)
t.start()
time.sleep(0.1)
held.release()
t.join()
print(got)

# RLock owned by another thread cannot be released here.
r2 = threading.RLock()
t = threading.Thread(target=r2.acquire)
t.start()
t.join()
try:
    r2.release()
except RuntimeError as e:
    print("RuntimeError:", e)
