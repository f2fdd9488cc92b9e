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
    index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0]:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += -flips if index & 1 else flips
        # advance to the next permutation (rotate prefixes of growing length)
        while True:
            if r == n:
                return checksum, max_flips
            p0 = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        index += 1


def main():
    checksum, flips = fannkuch(N)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (N, flips))


main()
