#!/usr/bin/env python3
"""tools/park_failing.py: move golden tests that fail under pith into tests/todo/.

tests/todo/ is the backlog of tests written ahead of the features they need
(see tests/README.md): `tests/run.py` ignores it unless given --todo, which
reports the ones that pass again so they can move back with --restore.

    python3 tools/park_failing.py --variant release [--dry-run] [paths...]
    python3 tools/park_failing.py --restore [--dry-run]

Paths are relative to tests/ (golden/lang/foo.py); without paths, the failing
tests are taken from a run of tests/run.py. A test moves with its .exp, .err
and .code files; helper modules beside it stay where they are.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests")
SIDECARS = ("", ".exp", ".err", ".code", ".cmd")


def failing(variant):
    out = subprocess.run([sys.executable, os.path.join(TESTS, "run.py"), "--variant", variant],
                         capture_output=True, text=True).stdout
    names = []
    in_list = False
    for line in out.splitlines():
        if line.startswith("FAILED ("):
            in_list = True
            continue
        if in_list:
            m = re.match(r"\s+(golden/\S+\.py):", line)
            if not m:
                break
            names.append(m.group(1))
    return names


def passing_todo():
    out = subprocess.run([sys.executable, os.path.join(TESTS, "run.py"), "--todo"],
                         capture_output=True, text=True).stdout
    return re.findall(r"(golden/\S+\.py)", out)


def move(rel, src_root, dst_root, dry):
    for ext in SIDECARS:
        src = os.path.join(src_root, rel + ext)
        if not os.path.exists(src):
            continue
        dst = os.path.join(dst_root, rel + ext)
        print(("would move " if dry else "moved ") + os.path.relpath(src, ROOT))
        if not dry:
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.move(src, dst)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variant", default="release")
    ap.add_argument("--restore", action="store_true", help="move passing tests back from tests/todo/")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    todo = os.path.join(TESTS, "todo")
    if args.restore:
        for rel in args.paths or passing_todo():
            move(rel, todo, TESTS, args.dry_run)
        return 0
    for rel in args.paths or failing(args.variant):
        move(rel, TESTS, todo, args.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
