# tour.py: a guided tour of what the seeds teach about Python's memory
# and threads, run live: object sizes, list over-allocation, reference
# counts, a garbage cycle collected by gc, and the GIL's effect on CPU-bound
# versus sleeping threads. Runs unchanged under pith and CPython; the
# numbers it prints are the running implementation's own.
import gc
import sys
import threading
import time


def section(title):
    print()
    print("== " + title + " " + "=" * max(0, 66 - len(title)))


def sizes():
    section("1. Every value is an object: sys.getsizeof (bytes, shallow)")
    samples = [("int 0", 0), ("int 10**30", 10 ** 30), ("float 3.14", 3.14),
               ("str ''", ""), ("str 'hello'", "hello"), ("list []", []),
               ("list [1, 2, 3]", [1, 2, 3]), ("tuple (1, 2, 3)", (1, 2, 3)),
               ("dict {}", {}), ("dict {'a': 1}", {"a": 1}),
               ("set()", set()), ("set {1, 2, 3}", {1, 2, 3})]
    for label, value in samples:
        print("  %-18s %5d" % (label, sys.getsizeof(value)))
    print("  A tuple is smaller than a list with the same items: it is never resized,")
    print("  so it needs no spare capacity.")

    class BloatedTruck:
        def __init__(self, lat, lng):
            self.lat = lat
            self.lng = lng

    class OptimizedTruck:
        __slots__ = ("lat", "lng")

        def __init__(self, lat, lng):
            self.lat = lat
            self.lng = lng

    b = BloatedTruck(40.7128, -74.0060)
    o = OptimizedTruck(40.7128, -74.0060)
    print("  truck instance, ordinary class: %d (+ its __dict__: %d)"
          % (sys.getsizeof(b), sys.getsizeof(b.__dict__)))
    print("  truck instance, __slots__:      %d (no __dict__: %s)"
          % (sys.getsizeof(o), not hasattr(o, "__dict__")))
    print("  With a million trucks the difference is what you pay per truck, times 10**6;")
    print("  see bench/trucks_dict.py and bench/trucks_slots.py for the peak RSS.")


def over_allocation():
    section("2. Lists over-allocate so append is amortized O(1)")
    lst = []
    last = sys.getsizeof(lst)
    print("  items  bytes   (empty list: %d)" % last)
    for i in range(20):
        lst.append(i)
        size = sys.getsizeof(lst)
        mark = "  <- grew" if size != last else ""
        print("  %5d  %5d%s" % (len(lst), size, mark))
        last = size
    print("  The size jumps in steps: each resize reserves room for several more items.")
    print("  tuple(range(20)) is exact: %d bytes." % sys.getsizeof(tuple(range(20))))


def refcounts():
    section("3. Reference counts (getrefcount counts its own argument)")
    data = [1, 2, 3]
    print("  data = [1, 2, 3]            ->", sys.getrefcount(data))
    alias = data
    print("  alias = data                ->", sys.getrefcount(data))
    container = {"data": data}
    print("  container = {'data': data}  ->", sys.getrefcount(data))
    del alias
    del container
    print("  del alias; del container    ->", sys.getrefcount(data))
    print("  When the count reaches zero the object is freed at once.")


freed = []


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        freed.append(self.name)


def create_cycle():
    a = Node("A")
    b = Node("B")
    a.partner = b          # A -> B
    b.partner = a          # B -> A: a cycle, the counts never reach zero


def cycles():
    section("4. Cycles need the cycle collector")
    gc.collect()
    gc.disable()
    create_cycle()
    print("  after create_cycle() returned, nodes freed by refcounting:", len(freed))
    found = gc.collect()
    print("  gc.collect() found %d unreachable object(s); nodes freed now: %s"
          % (found, sorted(freed)))
    gc.enable()


def countdown(n):
    while n > 0:
        n -= 1


def gil(count=2_000_000):
    section("5. Threads and the GIL")
    start = time.perf_counter()
    countdown(count)
    countdown(count)
    seq = time.perf_counter() - start
    print("  sequential, two countdowns of %d: %.3f s" % (count, seq))
    threads = [threading.Thread(target=countdown, args=(count,)) for _ in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    par = time.perf_counter() - start
    print("  two threads, one countdown each:   %.3f s (speedup %.2fx)" % (par, seq / par))
    print("  CPU-bound threads take turns holding the GIL, so the speedup stays near 1.")

    sleepers = [threading.Thread(target=time.sleep, args=(0.1,)) for _ in range(10)]
    start = time.perf_counter()
    for t in sleepers:
        t.start()
    for t in sleepers:
        t.join()
    took = time.perf_counter() - start
    print("  ten threads each sleeping 0.1 s:   %.3f s in total" % took)
    print("  A sleeping (or I/O-waiting) thread releases the GIL, so they overlap.")


def main():
    print("A tour of memory and threads in %s %s" % (
        sys.implementation.name, ".".join(map(str, sys.version_info[:3]))))
    sizes()
    over_allocation()
    refcounts()
    cycles()
    gil()


main()
