# Condition (wait, wait_for, notify, notify_all), Semaphore, BoundedSemaphore,
# Event, Barrier, Timer.
import threading
import time

cond = threading.Condition()
items = []


def consumer(out):
    with cond:
        cond.wait_for(lambda: items)
        out.append(items.pop(0))


outs = []
cs = [threading.Thread(target=consumer, args=(outs,)) for _ in range(3)]
for c in cs:
    c.start()
time.sleep(0.05)
with cond:
    items.extend([1, 2, 3])
    cond.notify_all()
for c in cs:
    c.join()
print(sorted(outs))

with cond:
    print(cond.wait(0.01))
    print(cond.wait_for(lambda: False, timeout=0.01))

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem.acquire(False))
bs = threading.BoundedSemaphore(2)
with bs:
    print("in bounded")
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
threading.Thread(target=ev.set).start()
print(ev.wait(5), ev.is_set())
ev.clear()
print(ev.is_set())

order = []
barrier = threading.Barrier(3, action=lambda: order.append("action"))
print(barrier.parties, barrier.n_waiting, barrier.broken)


def party(i):
    idx = barrier.wait()
    order.append(idx)


ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(order[0], sorted(order[1:]))
b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken", b2.broken)
b2.reset()
print("reset", b2.broken)

fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=["never"])
tm2.start()
tm2.cancel()
tm2.join()
print(fired, tm2.finished.is_set())
