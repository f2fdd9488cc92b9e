# timeout: 20
# SIGINT during time.sleep raises KeyboardInterrupt promptly, in the main thread.
import os
import signal
import threading
import time


def interrupt():
    os.kill(os.getpid(), signal.SIGINT)


t0 = time.monotonic()
threading.Timer(0.2, interrupt).start()
try:
    time.sleep(10)
    print("slept the whole time")
except KeyboardInterrupt:
    print("KeyboardInterrupt, prompt:", time.monotonic() - t0 < 5)
