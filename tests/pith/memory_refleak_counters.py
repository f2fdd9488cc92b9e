# pith-only, debug builds: the counters behind `tests/run.py --refleaks`.
# sys._debug_refcount_total() grows by one per reference kept (static
# objects such as None are not counted) and sys._debug_live_blocks() counts
# allocator blocks. A body run again and again shows no growth unless it
# keeps something, as the runner's refleak mode checks.
import gc
import sys

if not hasattr(sys, "_debug_refcount_total"):
    print("SKIP")
    raise SystemExit

kept = []
refs = [0] * 5
blocks = [0] * 5
k = 0


def clean():
    d = {str(n): [n] * 3 for n in range(100)}
    t = tuple(d)
    s = {x for x in t}
    return len(s), sorted(t)[:3]


def keeps_references():
    for _ in range(10):
        kept.append(kept)    # ten more references to one list


def keeps_objects():
    for _ in range(20):
        kept.append(object())


def deltas(body):
    for k in range(5):
        body()
        gc.collect()
        refs[k] = sys._debug_refcount_total()
        blocks[k] = sys._debug_live_blocks()
    return ([refs[k + 1] - refs[k] for k in range(1, 4)],
            [blocks[k + 1] - blocks[k] for k in range(1, 4)])


print("clean:", deltas(clean))
r, b = deltas(keeps_references)
print("keeps 10 references: refs", r, "blocks grow:", all(x > 0 for x in b))
r, b = deltas(keeps_objects)
print("keeps 20 objects: refs", r, "blocks >= 20 each run:", all(x >= 20 for x in b))
del kept[:]
