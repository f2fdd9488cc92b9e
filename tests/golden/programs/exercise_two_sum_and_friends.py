def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 10))
def three_sum(nums):
    nums = sorted(nums)
    out = []
    for i in range(len(nums) - 2):
        if i and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                out.append((nums[i], nums[lo], nums[hi]))
                while lo < hi and nums[lo] == nums[lo + 1]:
                    lo += 1
                lo += 1
                hi -= 1
    return out
print(three_sum([-1, 0, 1, 2, -1, -4]), three_sum([0, 0, 0, 0]))
def max_subarray(nums):
    best = cur = nums[0]
    start = best_range = (0, 0)
    s = 0
    for i, n in enumerate(nums[1:], 1):
        if cur < 0:
            cur, s = n, i
        else:
            cur += n
        if cur > best:
            best, best_range = cur, (s, i)
    return best, best_range
print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), max_subarray([-3, -1, -2]))
def move_zeros(a):
    nz = [x for x in a if x != 0]
    return nz + [0] * (len(a) - len(nz))
print(move_zeros([0, 1, 0, 3, 12]))
