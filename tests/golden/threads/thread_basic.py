# threading.Thread: target/args/kwargs, names, run() override, join, is_alive,
# ident, daemon, current_thread, enumerate, active_count.
import threading

results = []


def work(a, b=0):
    results.append((a, b, threading.current_thread().name))


t = threading.Thread(target=work, args=(1,), kwargs={"b": 2})
print(t.name, t.daemon, t.ident, t.is_alive())
print(repr(t))
t.start()
t.join()
print(results, t.is_alive(), isinstance(t.ident, int), isinstance(t.native_id, int))
print(repr(t).startswith("<Thread(Thread-1 (work), stopped "))


class Sub(threading.Thread):
    def __init__(self, n):
        super().__init__(name="worker-%d" % n, daemon=True)
        self.n = n
        self.out = None

    def run(self):
        self.out = self.n * 10


subs = [Sub(i) for i in range(3)]
for s in subs:
    s.start()
for s in subs:
    s.join()
print([s.out for s in subs], [s.name for s in subs], [s.daemon for s in subs])

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon)
print(threading.active_count(), [th.name for th in threading.enumerate()])
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)

idents = set()
ths = [threading.Thread(target=lambda: idents.add(threading.get_ident())) for _ in range(5)]
for th in ths:
    th.start()
    th.join()
print(len(idents) >= 1, main.ident not in idents)

t = threading.Thread(target=print, args=("named",), name=42)
print(t.name)
t.start()
t.join()
t = threading.Thread(target=len, args=([],))
print(t.name.startswith("Thread-"), t.name.endswith(" (len)"))
print(threading.Thread(target=None).name.startswith("Thread-"))
print(threading.TIMEOUT_MAX > 1e6, threading.stack_size())
