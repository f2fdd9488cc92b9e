# mem_slots: the first memory target: 1,000,000 instances of a class
# with __slots__ and two float attributes, kept in a list. Prints a
# checkable result on stdout and, on stderr, the peak resident set over the
# program's own baseline (VmHWM at the end minus VmRSS at the start), which
# is the figure the targets table in docs/memory.md compares.
import sys

COUNT = 1_000_000
if "--quick" in sys.argv[1:]:
    COUNT = 10_000


def status_kib(field):
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def main():
    base = status_kib("VmRSS")
    points = [Point(i * 0.5, i * 0.25) for i in range(COUNT)]
    total = 0.0
    for p in points:
        total += p.x - p.y
    print(len(points), "points, sum %.2f" % total)
    peak = status_kib("VmHWM")
    sys.stderr.write("mem_slots: peak RSS over baseline %.1f MiB\n" % ((peak - base) / 1024))


main()
