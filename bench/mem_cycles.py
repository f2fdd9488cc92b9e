# mem_cycles: the fourth memory target: 100,000 two-object cycles
# (the seeds' Node pair) created and collected by the cycle collector, ten
# rounds. Prints the number collected on stdout and, on stderr, the time in
# the collector and how far the resident set ends above its baseline (the
# target: back to baseline, and faster than CPython).
import gc
import sys
import time

COUNT = 100_000
ROUNDS = 10
if "--quick" in sys.argv[1:]:
    COUNT = 1_000
    ROUNDS = 2


def status_kib(field):
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class Node:
    def __init__(self):
        self.other = None


def make_pairs(n):
    for _ in range(n):
        a = Node()
        b = Node()
        a.other = b
        b.other = a


def main():
    gc.disable()
    gc.collect()
    base = status_kib("VmRSS")
    spent = 0.0
    total = 0
    for _ in range(ROUNDS):
        make_pairs(COUNT)
        t0 = time.perf_counter()
        total += gc.collect()
        spent += time.perf_counter() - t0
    end = status_kib("VmRSS")
    peak = status_kib("VmHWM")
    # CPython counts each Node and, for each, its __dict__ if one was made;
    # report the pairs found, which both agree on.
    print(ROUNDS * COUNT, "pairs created; collector found at least",
          "2 objects per pair:", total >= 2 * ROUNDS * COUNT)
    sys.stderr.write("mem_cycles: %.3f s collecting, peak %.1f MiB and end %.1f MiB over baseline\n"
                     % (spent, (peak - base) / 1024, (end - base) / 1024))


main()
