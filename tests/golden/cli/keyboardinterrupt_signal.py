# timeout: 20
# A SIGINT raised by signal.raise_signal / os.kill is delivered as
# KeyboardInterrupt at the next bytecode, even in a busy loop.
import os
import signal

try:
    signal.raise_signal(signal.SIGINT)
    for i in range(1000):
        pass
    print("not interrupted")
except KeyboardInterrupt as e:
    print("caught", type(e).__name__, e.args)

try:
    os.kill(os.getpid(), signal.SIGINT)
    n = 0
    while n < 10_000_000:
        n += 1
    print("not interrupted")
except KeyboardInterrupt:
    print("caught in loop")
