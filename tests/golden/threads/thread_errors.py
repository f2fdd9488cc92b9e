# CPython's exceptions and messages for threading misuse.
import _thread
import threading


def check(fn):
    try:
        r = fn()
        print("ok", r)
    except BaseException as e:
        print(type(e).__name__ + ":", e)


check(lambda: threading.current_thread().join())
t = threading.Thread(target=lambda: None)
check(lambda: t.join())
t.start()
check(lambda: t.start())
t.join()
check(lambda: setattr(t, "daemon", True))
check(lambda: t.join(-1))
check(lambda: t.join(0.01))
check(lambda: threading.Lock().release())
check(lambda: threading.RLock().release())
check(lambda: threading.Lock().acquire(False, 1))
check(lambda: threading.Lock().acquire(True, -2))
check(lambda: threading.Semaphore(-1))
check(lambda: threading.BoundedSemaphore(1).release())
check(lambda: threading.Semaphore(1).acquire(False, 1))
check(lambda: threading.Condition().notify())
check(lambda: threading.Condition().wait())
check(lambda: threading.local(1))
check(lambda: _thread.start_new_thread(1, ()))
check(lambda: _thread.start_new_thread(print, []))
check(lambda: _thread.start_new_thread(print, (), 1))
check(lambda: _thread.stack_size(100))
check(lambda: _thread.interrupt_main(1000))
check(lambda: threading.Barrier(0).parties)


class NoInit(threading.Thread):
    def __init__(self):
        pass


check(lambda: NoInit().start())
print(threading.ThreadError is RuntimeError, _thread.error is RuntimeError)
