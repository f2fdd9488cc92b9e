# pith-only: memory goes back to the OS. A million small objects are made
# and dropped; the allocator returns the emptied arenas, so the resident
# set falls back near where it started (CPython keeps more of it).
import gc
import sys

if not sys._memstats()["classes"]:
    # Every block comes from malloc (ASan builds, PT_MEM_USE_MALLOC): no
    # pools or arenas to show, and ASan holds freed memory in quarantine.
    print("SKIP")
    raise SystemExit


def rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


gc.collect()
base = rss_kib()
before = sys._memstats()["arenas"]
objs = [P(i * 0.5, i * 0.25) for i in range(1_000_000)]
grown = rss_kib()
peak_arenas = sys._memstats()["arenas"]["in_use"]
del objs
gc.collect()
after = rss_kib()
arenas = sys._memstats()["arenas"]
print("grew by more than 30 MiB:", grown - base > 30 * 1024)
print("fell back to within 4 MiB of the start:", after - base < 4 * 1024)
print("arenas mapped at the peak > 35:", peak_arenas > 35)
print("arenas returned > 35:", arenas["returned"] - before["returned"] > 35)
print("arenas still mapped <= start + 1 spare:", arenas["in_use"] <= before["in_use"] + 1)

# The same with a million distinct strings in a dict.
base = rss_kib()
d = {str(i): i for i in range(1_000_000)}
grown = rss_kib()
del d
after = rss_kib()
print("dict of strings grew > 30 MiB:", grown - base > 30 * 1024)
print("and fell back within 4 MiB:", after - base < 4 * 1024)
