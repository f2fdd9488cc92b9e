#!/usr/bin/env python3
"""tools/regen_exp.py: regenerate golden expectations with CPython as the oracle.

For each test (all of tests/golden/ and tests/todo/, or only the given files
and directories) run `python3 <name>.py` in the test's directory with
PYTHONHASHSEED=0 and write:
  <name>.py.exp   its stdout (always);
  <name>.py.err   its stderr, with the test directory stripped from paths,
                  only if the file already exists or the test has the
                  directive `# check: stderr`;
  <name>.py.code  its exit status, only if the file already exists or the
                  test has the directive `# check: code`.
tests/pith/ (and tests/todo/pith/) is never touched: its .exp files are
written by hand.
Tests are run exactly as tests/run.py runs them: its `# cli:` and `# env:`
directives and the `.py.in` stdin sidecar apply (PITH* variables become
PYTHON* for CPython), and no .exp is written for `# ignore: stdout`.

  --verify   also run each test with two other hash seeds and report any
             test whose output changes (tests must be deterministic).
  --python   the interpreter to use (default python3).
"""

import argparse
import concurrent.futures
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests"))
sys.dont_write_bytecode = True
import run as runner  # noqa: E402  (tests/run.py: discovery and helpers)


def collect(paths):
    if not paths:
        return (runner.find_py_tests(os.path.join(ROOT, "tests", "golden"))
                + runner.find_py_tests(os.path.join(ROOT, "tests", "todo")))
    out = []
    for p in paths:
        p = os.path.abspath(p)
        if p.endswith((".exp", ".err", ".code")):
            p = p.rsplit(".", 1)[0]
        if os.path.isdir(p):
            out += runner.find_py_tests(p)
        elif p.endswith(".py") and os.path.exists(p):
            if not runner.is_helper(os.path.relpath(p, os.path.join(ROOT, "tests"))):
                out.append(p)
        else:
            print("regen_exp: no such test: %s" % p, file=sys.stderr)
    return out


def run_once(python, path, seed):
    d = runner.read_directives(path)
    timeout = float(d.get("timeout", runner.DEFAULT_TIMEOUT))
    # The same command line, stdin and environment as tests/run.py uses
    # (the cli/env directives and the .in sidecar), with CPython.
    argv, stdin_data, env = runner.test_command(path, [python], d)
    env["PYTHONHASHSEED"] = seed
    out, err, code = runner.run_process(argv, os.path.dirname(path), timeout,
                                        env, stdin_data)
    return (runner.normalize_stderr(runner.decode(out), os.path.dirname(path)),
            runner.normalize_stderr(runner.decode(err), os.path.dirname(path)), code)


def write(path, text):
    with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
        f.write(text)


def regen(python, path, verify):
    """Returns a list of messages (empty when all is well)."""
    msgs = []
    rel = os.path.relpath(path, ROOT)
    if (os.sep + os.path.join("tests", "pith") + os.sep in path
            or os.sep + os.path.join("tests", "todo", "pith") + os.sep in path):
        return ["%s: tests/pith .exp files are hand-written; skipped" % rel]
    out, err, code = run_once(python, path, "0")
    if code is None:
        return ["%s: timed out; nothing written" % rel]
    checks = runner.read_directives(path).get("check", "").replace(",", " ").split()
    if "stdout" not in runner.ignored(runner.read_directives(path)):
        write(path + ".exp", out)
    if os.path.exists(path + ".err") or "stderr" in checks:
        write(path + ".err", err)
    if os.path.exists(path + ".code") or "code" in checks:
        if code != 0:
            write(path + ".code", "%d\n" % code)
        elif os.path.exists(path + ".code"):
            os.remove(path + ".code")
    elif code != 0:
        msgs.append("%s: exit status %d without a .code file or `# check: code`:\n%s"
                    % (rel, code, err[-600:]))
    if verify:
        for seed in ("1", "4242"):
            o2, e2, c2 = run_once(python, path, seed)
            if (o2, c2) != (out, code) or ("stderr" in checks and e2 != err):
                msgs.append("%s: output depends on PYTHONHASHSEED (seed %s differs)"
                            % (rel, seed))
                break
    return msgs


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--verify", action="store_true")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)
    tests = collect(args.paths)
    problems = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        for msgs in ex.map(lambda p: regen(args.python, p, args.verify), tests):
            problems += msgs
    for m in problems:
        print(m)
    print("regen_exp: %d tests, %d problems" % (len(tests), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
