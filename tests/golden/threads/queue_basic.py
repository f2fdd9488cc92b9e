# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue; maxsize, block and
# timeout, task_done/join, Empty/Full.
import queue
import threading

q = queue.Queue(maxsize=2)
q.put(1)
q.put(2)
print(q.qsize(), q.full(), q.empty())
try:
    q.put(3, block=False)
except queue.Full:
    print("Full")
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])

sq = queue.SimpleQueue()
sq.put("a")
sq.put_nowait("b")
print(sq.qsize(), sq.get(), sq.get(timeout=1), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty")

work = queue.Queue()
done = []


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        done.append(item * item)
        work.task_done()


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for i in range(100):
    work.put(i)
work.join()
print(len(done), sum(done))
for _ in threads:
    work.put(None)
for t in threads:
    t.join()
try:
    work.task_done()
except ValueError as e:
    print("ValueError:", e)
print(queue.Queue[int])
