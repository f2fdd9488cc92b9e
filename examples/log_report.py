"""log_report.py: a text report from a log, using re, collections.Counter, csv and datetime.

    pith examples/log_report.py [LOGFILE]

Without a file it reports on a built-in sample. Prints requests per status,
the busiest paths, per-hour counts and a CSV of slow requests.
"""

import collections
import csv
import datetime
import io
import re
import sys

SAMPLE = """\
2024-03-15T09:58:12 GET /index.html 200 12ms
2024-03-15T09:59:40 GET /api/items 200 48ms
2024-03-15T10:00:03 POST /api/items 201 131ms
2024-03-15T10:00:09 GET /api/items/7 404 5ms
2024-03-15T10:02:55 GET /index.html 200 9ms
2024-03-15T10:15:31 GET /api/items 500 812ms
2024-03-15T11:01:00 GET /about 200 7ms
2024-03-15T11:30:45 DELETE /api/items/3 204 64ms
malformed line that the parser skips
2024-03-15T11:59:59 GET /api/items 200 250ms
"""

LINE = re.compile(r"^(?P<ts>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d) (?P<method>[A-Z]+) "
                  r"(?P<path>\S+) (?P<status>\d{3}) (?P<ms>\d+)ms$")


def parse(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        m = LINE.match(line)
        if m is None:
            print(f"line {lineno}: skipped {line[:20]!r}", file=sys.stderr)
            continue
        d = m.groupdict()
        yield {
            "when": datetime.datetime.fromisoformat(d["ts"]),
            "method": d["method"],
            "path": d["path"],
            "status": int(d["status"]),
            "ms": int(d["ms"]),
        }


def report(records):
    by_status = collections.Counter(r["status"] for r in records)
    by_path = collections.Counter(re.sub(r"/\d+$", "/<id>", r["path"]) for r in records)
    by_hour = collections.Counter(r["when"].replace(minute=0, second=0) for r in records)
    print("requests:", len(records))
    for status, n in sorted(by_status.items()):
        print(f"  {status}: {n:>3} {'#' * n}")
    print("busiest paths:")
    for path, n in by_path.most_common(3):
        print(f"  {n:>3}  {path}")
    print("per hour:")
    for hour in sorted(by_hour):
        print(f"  {hour:%Y-%m-%d %H}:00  {by_hour[hour]}")
    first = min(r["when"] for r in records)
    last = max(r["when"] for r in records)
    print("span:", last - first)
    slow = [r for r in records if r["ms"] >= 100]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["time", "method", "path", "status", "ms"])
    for r in sorted(slow, key=lambda r: -r["ms"]):
        w.writerow([r["when"].isoformat(), r["method"], r["path"], r["status"], r["ms"]])
    print("slow requests (csv):")
    print(out.getvalue(), end="")


def main(argv):
    text = open(argv[1], encoding="utf-8").read() if len(argv) > 1 else SAMPLE
    report(list(parse(text)))


if __name__ == "__main__":
    main(sys.argv)
