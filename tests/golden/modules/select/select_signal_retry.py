# A wait interrupted by a signal runs the handler and resumes (PEP 475).
import os
import select
import signal
import time

hits = []
signal.signal(signal.SIGALRM, lambda *a: hits.append(1))
r, w = os.pipe()
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
print(select.select([r], [], [], 0.3))
print(hits, time.monotonic() - t0 >= 0.25)
signal.setitimer(signal.ITIMER_REAL, 0.05)
p = select.poll()
p.register(r, select.POLLIN)
print(p.poll(300), len(hits))
signal.setitimer(signal.ITIMER_REAL, 0.05)
e = select.epoll()
e.register(r, select.EPOLLIN)
print(e.poll(0.3), len(hits))


def boom(*a):
    raise KeyboardInterrupt


signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    select.select([r], [], [], 5)
except KeyboardInterrupt:
    print("interrupted")
