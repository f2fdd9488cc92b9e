# atexit: callbacks run last-in first-out after the main module, after the
# non-daemon threads were joined; arguments are passed; unregister works.
import atexit
import threading
import time


def say(*args, **kwargs):
    print("atexit", args, kwargs)


atexit.register(say, 1)
atexit.register(say, 2, key="v")
atexit.register(print, "unregistered")
atexit.unregister(print)


@atexit.register
def last():
    print("registered last, runs first")


def slow():
    time.sleep(0.05)
    print("non-daemon thread finished before atexit")


threading.Thread(target=slow).start()
print("end of main")
