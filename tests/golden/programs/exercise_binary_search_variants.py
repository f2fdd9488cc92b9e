def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo
a = [1, 2, 2, 2, 5, 7, 9, 9]
for x in [0, 1, 2, 3, 9, 10]:
    print(x, lower_bound(a, x), upper_bound(a, x), upper_bound(a, x) - lower_bound(a, x))
def sqrt_int(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print([sqrt_int(n) for n in [0, 1, 8, 9, 10, 99, 100, 10 ** 20]])
def search_rotated(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= x < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < x <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
r = [15, 18, 22, 3, 5, 8, 11]
print([search_rotated(r, x) for x in [15, 3, 11, 4, 22]])
