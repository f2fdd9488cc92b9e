# tests/stress/threads_queue.py: 8 producers and 8 consumers pass 1,000,000
# items through a Queue(maxsize=100); every item arrives exactly once.
# Usage: pith threads_queue.py [items]   (default 1,000,000)
import queue
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
P = C = 8
q = queue.Queue(maxsize=100)
seen = [0] * N
counts = [0] * C


def producer(k):
    for i in range(k, N, P):
        q.put(i)


def consumer(k):
    n = 0
    while True:
        item = q.get()
        if item is None:
            break
        seen[item] += 1
        n += 1
    counts[k] = n


start = time.perf_counter()
cons = [threading.Thread(target=consumer, args=(k,)) for k in range(C)]
prods = [threading.Thread(target=producer, args=(k,)) for k in range(P)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
for _ in cons:
    q.put(None)
for t in cons:
    t.join()
took = time.perf_counter() - start
ok = sum(counts) == N and all(x == 1 for x in seen)
print(f"{N} items, {P} producers, {C} consumers: {took:.2f}s, per consumer {counts}")
print("PASS queue exactly once" if ok else "FAIL queue exactly once")
