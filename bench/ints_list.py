# ints_list: a list of 1,000,000 distinct ints (outside any small-int
# cache), kept alive while it is summed, searched, sliced and sorted.
# Peak memory here is dominated by one int object per element.
import sys

COUNT = 1_000_000
if "--quick" in sys.argv[1:]:
    COUNT = 10_000


def main():
    base = 10 ** 6
    nums = [base + (i * 7919) % COUNT for i in range(COUNT)]
    print(len(nums), "ints", "distinct" if len(set(nums)) == COUNT else "duplicates")
    print("sum", sum(nums), "min", min(nums), "max", max(nums))
    evens = 0
    acc = 0
    for v in nums:
        if v & 1 == 0:
            evens += 1
        acc = (acc * 31 + v) % 1000000007
    print("evens", evens, "hash", acc)
    nums.sort()
    print("sorted ok", nums[0] == base, nums[-1] == base + COUNT - 1, nums[COUNT // 2])
    print("index", nums.index(base + COUNT // 3), (base + 12345) in nums)


main()
