# floats_array: the seeds' "list vs array" scenario, array side: 3,000,000
# floats in an array.array("d") (8 bytes each, unboxed), filled,
# scaled in place, summed and sliced. Compare with floats_list.py.
import sys
from array import array

COUNT = 3_000_000
if "--quick" in sys.argv[1:]:
    COUNT = 20_000


def main():
    data = array("d", bytes(8 * COUNT))
    for i in range(COUNT):
        data[i] = (i % 1000) * 0.25 + 0.5
    for i in range(0, COUNT, 2):
        data[i] *= 1.5
    total = sum(data)
    tail = data[-5:]
    print(type(data).__name__, len(data))
    print("sum %.3f max %.3f tail %r" % (total, max(data), tail.tolist()))


main()
