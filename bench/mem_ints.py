# mem_ints: the third memory target: a list of 1,000,000 distinct
# ints. Prints a checkable result on stdout and, on stderr, the peak
# resident set over the program's own baseline (see mem_slots.py).
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


def main():
    base = status_kib("VmRSS")
    numbers = [i * 7 + 1000 for i in range(COUNT)]
    print(len(numbers), "ints, sum", sum(numbers), "distinct", len(set(numbers[::100])))
    peak = status_kib("VmHWM")
    sys.stderr.write("mem_ints: peak RSS over baseline %.1f MiB\n" % ((peak - base) / 1024))


main()
