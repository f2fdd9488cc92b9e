# Snapshot, Statistic, StatisticDiff, Trace, Traceback and Frame built from
# synthetic traces: grouping, sorting and str()/repr() are exactly CPython's.
import tracemalloc
from tracemalloc import Snapshot, Filter, DomainFilter, Frame, Traceback

KIB = 1024
raw = [
    # (domain, size, frames most recent first, total_nframe)
    (0, 10, (("a.py", 2), ("a.py", 5)), 2),
    (0, 10, (("a.py", 2), ("a.py", 5)), 2),
    (0, 10, (("b.py", 4), ("a.py", 5)), 2),
    (2, 2, (("a.py", 5), ("b.py", 1)), 3),
    (1, 66 * KIB, (("b.py", 1),), 1),
    (0, 7000, (("<unknown>", 0),), 1),
    (0, 5 * KIB * KIB + 123, (("c.pyc", 9), ("b.py", 4), ("a.py", 5)), 8),
]
snap = Snapshot(raw, 3)
old = Snapshot(raw[1:4] + [(0, 500, (("d.py", 1),), 1)], 3)

for key in ("lineno", "filename", "traceback"):
    print("--", key)
    for stat in snap.statistics(key):
        print(stat)
    print(repr(snap.statistics(key)[-1]))
for key in ("lineno", "filename"):
    print("-- cumulative", key)
    for stat in snap.statistics(key, cumulative=True):
        print(stat)
print("-- compare_to")
for diff in snap.compare_to(old, "lineno"):
    print(diff)
print(repr(snap.compare_to(old, "filename")[0]))
for diff in snap.compare_to(old, "filename", cumulative=True):
    print(diff)

print("-- traces")
print(repr(snap.traces), len(snap.traces))
print(snap.traces[0])
print(repr(snap.traces[3]))
print(snap.traces[1:3])
print(snap.traces[0] == snap.traces[1], snap.traces[0] in snap.traces)

print("-- traceback and frame")
tb = snap.traces[6].traceback
print(tb, len(tb), tb.total_nframe)
print(repr(tb))
print(list(tb), tb[0], tb[-1], tb[1:])
print(Frame(("c.py", 9)) in tb, Frame(("c.pyc", 9)) in tb)
print(tb.format())
print(tb.format(limit=2), tb.format(limit=-1), tb.format(most_recent_first=True))
f = Frame(("x.py", 3))
print(f, repr(f), f.filename, f.lineno, f == Frame(("x.py", 3)), f < Frame(("x.py", 4)))
print(hash(f) == hash(Frame(("x.py", 3))), Traceback((("a.py", 1),)) == Traceback((("a.py", 1),)))
print(sorted([Traceback((("b.py", 1),)), Traceback((("a.py", 2),))]))

print("-- filters")
cases = [
    [Filter(True, "a.py")],
    [Filter(False, "a.py")],
    [Filter(True, "*.py", 5)],
    [Filter(True, "c.py")],
    [Filter(False, "b.py", all_frames=True)],
    [Filter(True, "b.py", all_frames=True)],
    [Filter(True, "?.py", domain=0)],
    [Filter(False, "a.py", domain=0)],
    [DomainFilter(True, 1)],
    [DomainFilter(False, 0), Filter(False, "b*")],
    [Filter(True, "a.py"), Filter(True, "<unknown>"), Filter(False, "*", 2)],
    [],
]
for filters in cases:
    kept = snap.filter_traces(filters)
    print(len(kept.traces), [t.size for t in kept.traces])
flt = Filter(True, "x.pyc", 3)
print(flt.inclusive, flt.filename_pattern, flt.lineno, flt.all_frames, flt.domain)
dom = DomainFilter(False, 3)
print(dom.inclusive, dom.domain)
try:
    dom.domain = 4
except AttributeError:
    print("AttributeError")
try:
    snap.filter_traces(Filter(True, "a.py"))
except TypeError as e:
    print("TypeError:", e)
for args in (("nothing",), ("traceback", True)):
    try:
        snap.statistics(*args)
    except ValueError as e:
        print("ValueError:", e)
print(Snapshot([], 1).statistics("lineno"), Snapshot([], 1).compare_to(Snapshot([], 1), "lineno"))
