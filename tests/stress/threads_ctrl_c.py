# tests/stress/threads_ctrl_c.py: a SIGINT sent to the main thread while it is
# blocked in time.sleep, Lock.acquire, Thread.join, Queue.get or
# Condition.wait raises KeyboardInterrupt within 100 ms; so does
# _thread.interrupt_main() (a simulated signal, noticed between waits).
import _thread
import queue
import signal
import threading
import time

main_ident = threading.get_ident()


def send_sigint_later(delay, how):
    def go():
        time.sleep(delay)
        if how == "signal":
            signal.pthread_kill(main_ident, signal.SIGINT)
        else:
            _thread.interrupt_main()
    threading.Thread(target=go, daemon=True).start()


def blocked_in(name, how):
    lock = threading.Lock()
    lock.acquire()
    forever = threading.Thread(target=lock.acquire, daemon=True)
    forever.start()
    cond = threading.Condition()
    waits = {
        "time.sleep": lambda: time.sleep(30),
        "Lock.acquire": lambda: lock.acquire(),
        "Thread.join": lambda: forever.join(),
        "Queue.get": lambda: queue.Queue().get(),
        "Condition.wait": lambda: cond.__enter__() and cond.wait(),
    }
    send_sigint_later(0.1, how)
    t0 = time.perf_counter()
    try:
        waits[name]()
    except KeyboardInterrupt:
        late = time.perf_counter() - t0 - 0.1
        ok = late < 0.1
        print(f"{'PASS' if ok else 'FAIL'} Ctrl-C in {name} ({how}) after {late * 1e3:.1f} ms")
    else:
        print(f"FAIL Ctrl-C in {name} ({how}): no KeyboardInterrupt")
    finally:
        if cond._is_owned():
            cond.release()
        lock.release()


for how in ("signal", "interrupt_main"):
    for name in ("time.sleep", "Lock.acquire", "Thread.join", "Queue.get", "Condition.wait"):
        if how == "interrupt_main" and name == "time.sleep":
            continue  # a simulated signal does not cut a sleep short (nor in CPython)
        blocked_in(name, how)
