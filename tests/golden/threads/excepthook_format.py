# An exception in a thread goes to threading.excepthook, which prints
# "Exception in thread NAME:" and the traceback to stderr; the process lives.
import sys
import threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def boom():
    raise ValueError("boom")


cap = Capture()
old = sys.stderr
sys.stderr = cap
t = threading.Thread(target=boom)
t.start()
t.join()
sys.stderr = old
lines = "".join(cap.parts).splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])

got = []
threading.excepthook = lambda args: got.append((args.exc_type.__name__, str(args.exc_value),
                                                args.thread.name, args.exc_traceback is not None))
t = threading.Thread(target=boom, name="custom")
t.start()
t.join()
print(got)
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
print("SystemExit in a thread is silent", t.is_alive())
args = threading.ExceptHookArgs([ValueError, ValueError("x"), None, None])
print(args.exc_type.__name__, args.exc_value, args.exc_traceback, args.thread)
