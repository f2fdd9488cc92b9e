# Snapshots of real allocations: statistics by line, file and traceback,
# compare_to, traces, get_object_traceback. Byte counts differ between
# implementations; file names, line numbers and orderings do not.
import os
import tracemalloc


def where(stat):
    frame = stat.traceback[0]
    return "%s:%d" % (os.path.basename(frame.filename), frame.lineno)


def make_strings(n):
    return [str(i) * 20 for i in range(n)]          # line 14


def make_blobs(n):
    return [bytes(2000) for _ in range(n)]         # line 18


tracemalloc.start(4)
before = tracemalloc.take_snapshot()
strings = make_strings(20000)                      # line 23
blobs = make_blobs(300)                            # line 24
after = tracemalloc.take_snapshot()

print(type(after).__name__, after.traceback_limit, len(after.traces) > 20000)
by_line = after.statistics("lineno")
top = [where(s) for s in by_line[:2]]
print("top lines:", sorted(top))
stat = [s for s in by_line if where(s) == "tracemalloc_statistics.py:14"][0]
print("strings:", stat.count >= 20000, stat.size > 20000 * 20)
stat = [s for s in by_line if where(s) == "tracemalloc_statistics.py:18"][0]
print("blobs:", stat.count >= 300, stat.size >= 300 * 2000)
print("sorted by size:", all(a.size >= b.size for a, b in zip(by_line, by_line[1:])))
print(str(stat).split(": size=")[0].endswith("tracemalloc_statistics.py:18"))

files = after.statistics("filename")
print("by file:", os.path.basename(files[0].traceback[0].filename), files[0].traceback[0].lineno)

tb_stats = after.statistics("traceback")
blob_tb = [s for s in tb_stats if s.traceback[-1].lineno == 18][0]
print("traceback:", [(os.path.basename(f.filename), f.lineno) for f in blob_tb.traceback])
print(blob_tb.traceback.total_nframe is None, len(blob_tb.traceback))
here = os.path.dirname(blob_tb.traceback[0].filename)


def short(lines):
    return [line.replace(here + os.sep, "") if here else line for line in lines]


print(short(blob_tb.traceback.format()))
print(short(blob_tb.traceback.format(limit=1, most_recent_first=True)))

cum = after.statistics("lineno", cumulative=True)
cum_lines = {where(s): s for s in cum}
# Line 18 is on the stack twice per blob (the function and its
# comprehension), and cumulative mode counts every frame.
print("cumulative:", cum_lines["tracemalloc_statistics.py:18"].count >= 600,
      cum_lines["tracemalloc_statistics.py:24"].count >= 300)

diff = after.compare_to(before, "lineno")
print("diff top:", sorted(where(d) for d in diff[:2]))
d = [d for d in diff if where(d) == "tracemalloc_statistics.py:18"][0]
print("diff blobs:", d.size == d.size_diff, d.count == d.count_diff, d.count_diff >= 300)

tb = tracemalloc.get_object_traceback(blobs[0])
print("object traceback:", [(os.path.basename(f.filename), f.lineno) for f in tb])
print(tracemalloc.get_object_traceback(12345) is None)

trace = after.traces[0]
print(type(trace).__name__, trace.domain, trace.size > 0, type(trace.traceback).__name__)

del strings
later = tracemalloc.take_snapshot()
diff = later.compare_to(after, "lineno")
d = [d for d in diff if where(d) == "tracemalloc_statistics.py:14"]
print("strings freed:", d[0].size_diff < 0 if d else None, d[0].count_diff <= -20000 if d else None)
tracemalloc.stop()
