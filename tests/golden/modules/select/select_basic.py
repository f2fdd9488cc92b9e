# select.select, poll and epoll on a pipe; error cases.
import os
import select

r, w = os.pipe()
rl, wl, xl = select.select([r], [w], [], 0)
print(rl == [], wl == [w], xl)
os.write(w, b'x')
print(select.select([r], [w], [], 0)[0] == [r])


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


f = F(r)
print(select.select([f], [], [], 0.01)[0][0] is f)

p = select.poll()
p.register(r, select.POLLIN)
print(p.poll(0) == [(r, select.POLLIN)])
p.modify(r, select.POLLOUT)
print(p.poll(0))
p.register(w)
print(p.poll(10) == [(w, select.POLLOUT)])
p.unregister(r)
try:
    p.unregister(r)
except KeyError as e:
    print("KeyError", e.args[0] == r)

e = select.epoll()
e.register(r, select.EPOLLIN)
print(e.poll(0) == [(r, select.EPOLLIN)])
e.modify(r, select.EPOLLIN | select.EPOLLOUT)
print(e.poll(0, 1) == [(r, select.EPOLLIN)])
e.unregister(r)
print(e.poll(0.01))
print(isinstance(e.fileno(), int), e.closed)
e.close()
print(e.closed)
with select.epoll() as e2:
    print(e2.closed)
print(e2.closed)

for f in [lambda: select.select([], [], [], 'x'), lambda: select.select([], [], [], -1),
          lambda: select.select(['a'], [], []), lambda: select.select([-1], [], [], 0),
          lambda: select.select(5, [], []), lambda: e2.poll(),
          lambda: select.epoll().modify(w, 1), lambda: select.epoll().poll(1, 0),
          lambda: p.modify(999, 1), lambda: p.poll('x'), lambda: e.fileno()]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
print(select.error is OSError, select.epoll.__name__, select.POLLIN, select.POLLOUT,
      select.EPOLLIN, select.EPOLLOUT, select.EPOLLET, select.PIPE_BUF)
os.close(r)
os.close(w)
