# pith-only, debug builds: allocation failure at any point raises
# MemoryError and leaks nothing. sys._debug_fail_after(n) makes the n-th
# next allocation fail once; each operation below is run with the failure
# placed at every allocation it makes, in turn.
import gc
import sys

if not hasattr(sys, "_debug_fail_after"):
    print("SKIP")
    raise SystemExit


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def build_list():
    return [str(i) * 3 for i in range(50)]


def build_dict():
    return {"k%d" % i: [i, i * 2] for i in range(40)}


def build_objects():
    return [Point(i, float(i)) for i in range(30)]


def format_things():
    return "%s|%r|%d" % (build_objects()[:3], {"a": (1, 2)}, 12345678901234567890)


def make_class():
    class Local:
        __slots__ = ("a",)

        def m(self):
            return self.a
    obj = Local()
    obj.a = [1, 2, 3]
    return obj.m()


def string_ops():
    s = "-".join(str(i) for i in range(100))
    return s.split("-")[10:20], s.upper()[:10], s.replace("1", "one")


# Each operation runs with the failure placed at allocation 1, 2, ... N.
# Some failures are absorbed on purpose (a lookup that cannot build its key
# falls back), so a run may also succeed: then its result must be right.
N = 250


def settle():
    """Collect, and leave the MemoryError that pith keeps for reuse holding the
    same traceback every time, so block counts compare exactly."""
    try:
        sys._debug_fail_after(1)
        [0] * 1000
    except MemoryError:
        pass
    finally:
        sys._debug_fail_after(0)
    gc.collect()
    return sys._debug_live_blocks()


def run(fn, n):
    """fn() with its n-th allocation failing: MemoryError, or its result."""
    try:
        sys._debug_fail_after(n)
        return fn()
    except MemoryError:
        return MemoryError
    finally:
        sys._debug_fail_after(0)


# A first pass over every failing point fills the caches that fill once (an
# interned name, the first traceback of a kind); the second pass is
# measured, as in the refleak mode of tests/run.py.
value = before = after = n = None  # bind the globals the loop uses before measuring
for fn in (build_list, build_dict, build_objects, format_things, make_class, string_ops):
    expected = repr(fn())
    errors = wrong = leaks = 0
    for n in range(1, N + 1):
        run(fn, n)
    for n in range(1, N + 1):
        before = settle()
        value = run(fn, n)
        if value is MemoryError:
            errors += 1
        elif repr(value) != expected:
            wrong += 1
        value = None
        after = settle()
        if after != before:
            leaks += 1
            print(fn.__name__, "leaked", after - before, "blocks, failing allocation", n)
    print("%-14s MemoryError raised: %s, wrong results: %d, runs that leaked: %d"
          % (fn.__name__, errors > 0, wrong, leaks))
