# threading.local: per-thread attributes, subclass __init__ run in each thread.
import threading

data = threading.local()
data.x = "main"
seen = []


def worker(i):
    seen.append(hasattr(data, "x"))
    data.x = i
    seen.append(data.x)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
    t.join()
print(seen, data.x, data.__dict__)


class MyLocal(threading.local):
    count = 0

    def __init__(self, base):
        MyLocal.count += 1
        self.base = base

    def double(self):
        return self.base * 2


ml = MyLocal(21)
out = []
t = threading.Thread(target=lambda: out.append((ml.base, ml.double())))
t.start()
t.join()
print(out, MyLocal.count, ml.double())
del data.x
try:
    data.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
