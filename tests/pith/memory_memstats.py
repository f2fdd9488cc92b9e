# pith-only: sys._memstats() figures add up, and the blocks in use of a size
# class match the live objects of a known program: 100,000 instances of a
# two-slot class are one 40-byte block each (2 slot words, a 16-byte GC
# head, the 8-byte object header).
import gc
import sys

if not sys._memstats()["classes"]:
    # Every block comes from malloc (ASan builds, PT_MEM_USE_MALLOC): no
    # pools or arenas to show, and ASan holds freed memory in quarantine.
    print("SKIP")
    raise SystemExit


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def check(m):
    classes = m["classes"]
    used = sum(size * c["blocks_in_use"] for size, c in classes.items())
    pools = sum(c["pools_used"] + c["pools_full"] for c in classes.values())
    arenas = m["arenas"]
    print("bytes in use = sum of classes:", used == m["bytes"]["in_use"])
    print("pools in use = sum of classes:", pools == arenas["pools_in_use"])
    print("pools fill the arenas:", arenas["pools_in_use"] + arenas["pools_empty"] == 64 * arenas["in_use"])
    print("mapped = arenas x 1 MiB:", m["bytes"]["mapped"] == arenas["in_use"] << 20)
    print("blocks fit their pools:", all(
        c["blocks_in_use"] + c["blocks_free"] == (c["pools_used"] + c["pools_full"]) * ((16384 - 48) // size)
        for size, c in classes.items()))
    print("arenas: allocated = in use + returned:", arenas["allocated"] == arenas["in_use"] + arenas["returned"])
    print("peak >= now:", m["bytes"]["peak"] >= m["bytes"]["mapped"] + m["bytes"]["raw"])


N = 100_000
gc.collect()
m0 = sys._memstats()
objs = [P(1.5, 2.5) for _ in range(N)]
m1 = sys._memstats()
check(m1)
delta = {size: m1["classes"][size]["blocks_in_use"] - m0["classes"].get(size, {"blocks_in_use": 0})["blocks_in_use"]
         for size in m1["classes"]}
size, grew = max(delta.items(), key=lambda kv: kv[1])
print("size class of P:", size, sys.getsizeof(objs[0]))
print("blocks grew by N (+ a few):", N <= grew < N + 100)
print("P objects tracked by gc:", m1["gc_objects"].get("P"))
print("types counted (only under -X memstats):", m1["types"] is None or m1["types"]["P"] == (N, N * 40))
del objs
m2 = sys._memstats()
print("blocks back:", m2["classes"].get(40, {"blocks_in_use": 0})["blocks_in_use"] - m0["classes"][40]["blocks_in_use"] < 100)
print("P gone:", m2["gc_objects"].get("P"))
print(sorted(m2), sorted(m2["arenas"]), sorted(m2["bytes"]))
print([sorted(g) for g in m2["gc"]])
