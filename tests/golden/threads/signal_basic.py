# signal: handlers run on the main thread; getsignal/SIG_DFL/SIG_IGN; the
# default SIGINT handler raises KeyboardInterrupt; alarm and setitimer.
import signal
import threading
import time

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM) == signal.SIG_DFL, signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN)
print(int(signal.SIGINT), int(signal.SIGTERM), signal.NSIG, len(signal.valid_signals()))
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))

got = []


def handler(signum, frame):
    got.append((signum, threading.current_thread().name))


old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)

t = threading.Thread(target=signal.raise_signal, args=(signal.SIGUSR1,))
t.start()
t.join()
time.sleep(0.05)
print(got)

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")

signal.signal(signal.SIGALRM, handler)
got.clear()
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(1)
print(got)
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.alarm(0))

errors = []
for args in [(1000, signal.SIG_DFL), (signal.SIGKILL, signal.SIG_DFL), (signal.SIGINT, 5)]:
    try:
        signal.signal(*args)
    except (ValueError, OSError, TypeError) as e:
        errors.append(type(e).__name__ + ": " + str(e))
print(errors)
r = []
t = threading.Thread(target=lambda: r.append(signal.signal(signal.SIGUSR1, signal.SIG_IGN)))


def try_from_thread():
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    except ValueError as e:
        r.append(str(e))


t = threading.Thread(target=try_from_thread)
t.start()
t.join()
print(r)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler)
