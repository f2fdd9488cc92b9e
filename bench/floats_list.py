# floats_list: the seeds' "list vs array" scenario, list side: 3,000,000
# floats in a plain list (one boxed float object per element), filled,
# scaled in place, summed and sliced. Compare with floats_array.py.
import sys

COUNT = 3_000_000
if "--quick" in sys.argv[1:]:
    COUNT = 20_000


def main():
    data = [0.0] * COUNT
    for i in range(COUNT):
        data[i] = (i % 1000) * 0.25 + 0.5
    for i in range(0, COUNT, 2):
        data[i] *= 1.5
    total = sum(data)
    tail = data[-5:]
    print(type(data).__name__, len(data))
    print("sum %.3f max %.3f tail %r" % (total, max(data), tail))


main()
