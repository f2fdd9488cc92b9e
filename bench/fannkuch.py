# fannkuch: the "pancake flipping" benchmark. For every permutation of
# 0..N-1, count the prefix reversals needed to bring 0 to the front;
# prints the permutation checksum and the maximum flip count.
import sys

N = 9
if "--quick" in sys.argv[1:]:
    N = 7


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        first = perm1[0]
        if first:
            perm = perm1[:]
            flips = 0
            k = first
            while k:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if sign == 1 else -flips
        # next permutation in the counting order used by fannkuch-redux
        if sign == 1:
            perm1[0], perm1[1] = perm1[1], perm1[0]
            sign = -1
        else:
            perm1[1], perm1[2] = perm1[2], perm1[1]
            sign = 1
            r = 2
            while r < n:
                if count[r] != 0:
                    break
                count[r] = r
                p0 = perm1[0]
                perm1[:r + 1] = perm1[1:r + 2] + [p0]
                r += 1
            else:
                return checksum, max_flips
            count[r] -= 1
            r = 2  # not used by the outer refill loop when sign flips back
    return checksum, max_flips


def main():
    checksum, flips = fannkuch(N)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (N, flips))


main()
