#!/usr/bin/env python3
"""bench/check.py: check that every benchmark prints its expected result under pith.

Benchmarks are never timed tests: this only runs each bench/<name>.py once
under pith (full size) and compares its stdout with bench/<name>.expected.
`make test` runs it for the release build; `make bench` does the timing.

    python3 bench/check.py [--pith build/release/pith] [-j N] [names...]

The last line is "N passed, N failed"; the exit status is non-zero on any failure.
"""

import argparse
import concurrent.futures
import os
import subprocess
import sys

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)


def run_one(pith, name, timeout):
    path = os.path.join(BENCH, name + ".py")
    with open(os.path.join(BENCH, name + ".expected")) as f:
        expected = f.read()
    try:
        proc = subprocess.run([pith, path], cwd=BENCH, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return name, False, "timed out after %ds" % timeout
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or [""]
        return name, False, "exit status %d: %s" % (proc.returncode, tail[0])
    if proc.stdout != expected:
        return name, False, "output differs from %s.expected" % name
    return name, True, ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pith", default=os.path.join(ROOT, "build", "release", "pith"))
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or sorted(n[:-3] for n in os.listdir(BENCH)
                                 if n.endswith(".py") and n not in ("run.py", "check.py")
                                 and os.path.exists(os.path.join(BENCH, n[:-3] + ".expected")))
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as ex:
        for name, ok, why in ex.map(lambda n: run_one(args.pith, n, args.timeout), names):
            if ok:
                passed += 1
            else:
                failed += 1
                print("FAIL bench/%s.py: %s" % (name, why))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
