# sorting: list.sort and sorted with key functions, reverse, stability,
# tuples, strings, floats, and a merge sort / quicksort written in Python.
import sys

N = 120_000
if "--quick" in sys.argv[1:]:
    N = 3_000


def lcg_list(n, seed, mod):
    out = []
    for _ in range(n):
        seed = (seed * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        out.append((seed >> 33) % mod)
    return out


def merge_sort(a):
    if len(a) <= 16:
        for i in range(1, len(a)):
            v = a[i]
            j = i - 1
            while j >= 0 and a[j] > v:
                a[j + 1] = a[j]
                j -= 1
            a[j + 1] = v
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quicksort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    return (quicksort([x for x in a if x < pivot]) + [x for x in a if x == pivot]
            + quicksort([x for x in a if x > pivot]))


class Person:
    def __init__(self, name, age, score):
        self.name = name
        self.age = age
        self.score = score


def checksum(seq):
    h = 0
    for x in seq:
        h = (h * 1000003 + hash(x) % 1000003) % 998244353
    return h


def main():
    nums = lcg_list(N, 1, 1_000_000)
    a = sorted(nums)
    b = sorted(nums, reverse=True)
    c = sorted(nums, key=lambda v: (v % 1000, v))
    print("ints", a[:3], b[:3], c[:3], checksum(c))

    floats = [v / 7.0 - 50000.0 for v in nums[:N // 2]]
    floats.sort(key=abs)
    print("floats %.6f %.6f" % (floats[0], floats[-1]))

    words = ["w%05d" % v for v in lcg_list(N // 2, 7, 50000)]
    ws = sorted(words, key=str.lower)
    ws2 = sorted(words, key=lambda w: (w[-1], w))
    print("strings", ws[:2], ws2[:2], ws[-1])

    people = [Person("p%d" % i, v % 90, v % 1000) for i, v in enumerate(nums[:N // 4])]
    people.sort(key=lambda p: p.score)
    people.sort(key=lambda p: p.age)          # stable: score order kept per age
    ok = all((people[i].age, people[i].score) <= (people[i + 1].age, people[i + 1].score)
             for i in range(len(people) - 1))
    print("stable", ok, people[0].name, people[-1].name)

    pairs = list(zip(nums[:N // 2], words))
    pairs.sort()
    print("tuples", pairs[0], pairs[-1])

    m = merge_sort(nums[:N // 4])
    q = quicksort(nums[:N // 4])
    print("handwritten", m == sorted(nums[:N // 4]), q == m, m[N // 8])

    print("minmax", min(nums), max(nums), min(words, key=len), max(nums, key=lambda v: v % 777))


main()
