#!/usr/bin/env python3
"""tests/run.py: the single test runner for pith.

Discovers and runs, in parallel:
  - golden tests   tests/golden/<area>/**/<name>.py with <name>.py.exp (stdout),
                   optional <name>.py.err (stderr) and <name>.py.code (exit status);
  - pith-only tests tests/pith/**/<name>.py with a hand-written <name>.py.exp;
  - C unit tests   build/<variant>/unit/test_* (each binary counts as ONE test:
                   it passes when it exits 0; its own "N passed, N failed" line
                   is shown with -v or on failure).

Helper files are not tests: a .py whose name starts with "_", or that lives
under a directory whose name starts with "_", "pkg_" or "mod_", is skipped by
discovery (import tests keep their helper modules and packages there).

Directives: leading comment lines of a test may hold
  # timeout: N          seconds before the test is killed (default 30)
  # check: stderr code  (read by tools/regen_exp.py: also write .err / .code)
  # cli: ARGS           the command line after the interpreter, split like a
                        shell would; {file} is the test's file name (default
                        "{file}"), e.g.  # cli: -c "print(1)"   # cli: {file} a b
  # env: NAME=VALUE ... extra environment variables (PITH* ones are passed as
                        PYTHON* when the interpreter is CPython)
  # ignore: stdout      do not compare stdout (no .exp needed), e.g. for -h
and a sidecar <name>.py.in, when present, is fed to the test's stdin
(otherwise stdin is /dev/null).

A test whose whole stdout is "SKIP" is counted as skipped.
The last line printed is always "N passed, N failed, N skipped"; the exit
status is non-zero when any test failed.  See tests/README.md.
"""

import argparse
import concurrent.futures
import difflib
import os
import shlex
import signal
import subprocess
import sys
import time

TESTS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TESTS)
DEFAULT_TIMEOUT = 30.0
HELPER_DIR_PREFIXES = ("_", "pkg_", "mod_")


# ---------------------------------------------------------------- discovery

def is_helper(relpath):
    """True for helper modules that tests import but that are not tests."""
    parts = relpath.split(os.sep)
    if parts[-1].startswith("_"):
        return True
    for d in parts[:-1]:
        if d.startswith(HELPER_DIR_PREFIXES) or d == "__pycache__":
            return True
    return False


def find_py_tests(top):
    """All test .py files under top (sorted), helpers excluded."""
    found = []
    if not os.path.isdir(top):
        return found
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames[:] = sorted(d for d in dirnames
                             if not d.startswith(HELPER_DIR_PREFIXES)
                             and d != "__pycache__")
        for fn in sorted(filenames):
            if not fn.endswith(".py"):
                continue
            full = os.path.join(dirpath, fn)
            if not is_helper(os.path.relpath(full, top)):
                found.append(full)
    return found


def read_directives(path):
    """Leading '# key: value' comment lines of a test file, as a dict."""
    out = {}
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                s = line.strip()
                if not s.startswith("#"):
                    break
                body = s[1:].strip()
                if ":" in body:
                    key, _, val = body.partition(":")
                    key = key.strip().lower()
                    if key and " " not in key:
                        out[key] = val.strip()
    except OSError:
        pass
    return out


def normalize_stderr(text, testdir):
    """Make stderr independent of where the tree lives: strip the test's
    directory from file paths, so tracebacks say File "name.py"."""
    d = os.path.abspath(testdir)
    text = text.replace(d + os.sep, "")
    real = os.path.realpath(testdir)
    if real != d:
        text = text.replace(real + os.sep, "")
    return text


def read_text(path):
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
        return f.read()


# ---------------------------------------------------------------- running

class Result:
    def __init__(self, name, status, detail="", diff=None, elapsed=0.0):
        self.name = name          # path relative to tests/ (or build/)
        self.status = status      # "pass", "fail", "skip"
        self.detail = detail      # one-line reason for failures
        self.diff = diff or []    # diff lines for the failure report
        self.elapsed = elapsed


def child_env(extra=None):
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"   # no __pycache__ inside tests/
    env["PYTHONUTF8"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env.setdefault("PYTHONHASHSEED", "0")
    # Sanitizer builds: a huge request ([0] * 2**62) must come back as NULL
    # (MemoryError), as it does from the real allocator, not abort; leak
    # reports at exit are the refleak mode's job, not ASan's.
    env.setdefault("ASAN_OPTIONS", "allocator_may_return_null=1:detect_leaks=0")
    env.update(extra or {})
    return env


def run_process(argv, cwd, timeout, extra_env=None, stdin_data=None):
    """Run argv (stdin_data bytes on stdin, else /dev/null); return
    (stdout bytes, stderr bytes, exit code or None on timeout)."""
    try:
        p = subprocess.Popen(argv, cwd=cwd,
                             stdin=subprocess.DEVNULL if stdin_data is None else subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=child_env(extra_env), start_new_session=True)
    except OSError as e:
        return b"", str(e).encode(), -999
    try:
        out, err = p.communicate(input=stdin_data, timeout=timeout)
        return out, err, p.returncode
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = p.communicate()
        return out, err, None


def is_cpython(interp):
    """Is this interpreter command CPython (the oracle) rather than pith?"""
    return not os.path.basename(interp[0]).startswith("pith")


def test_command(path, interp, directives=None):
    """How to run the test at path: (argv, stdin bytes or None, extra env).
    Reads the cli/env directives and the .in sidecar (see the docstring)."""
    if directives is None:
        directives = read_directives(path)
    name = os.path.basename(path)
    args = shlex.split(directives.get("cli", "{file}"))
    argv = list(interp) + [a.replace("{file}", name) for a in args]
    env = {}
    for item in shlex.split(directives.get("env", "")):
        key, _, val = item.partition("=")
        if is_cpython(interp) and key.startswith("PITH"):
            key = "PYTHON" + key[4:]
        env[key] = val
    stdin_data = None
    if os.path.exists(path + ".in"):
        with open(path + ".in", "rb") as f:
            stdin_data = f.read()
    return argv, stdin_data, env


def ignored(directives):
    """The outputs a test asks not to compare ("stdout", "stderr")."""
    return directives.get("ignore", "").replace(",", " ").split()


def decode(b):
    return b.decode("utf-8", errors="surrogateescape")


def save_actual(outdir, name, suffix, text):
    path = os.path.join(outdir, name + suffix)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
        f.write(text)
    return path


def make_diff(expected, actual, label):
    lines = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                      "expected " + label, "actual " + label,
                                      n=2, lineterm=""))
    return lines


def run_py_test(path, interp, outdir):
    name = os.path.relpath(path, TESTS)
    testdir = os.path.dirname(path)
    directives = read_directives(path)
    try:
        timeout = float(directives.get("timeout", DEFAULT_TIMEOUT))
    except ValueError:
        timeout = DEFAULT_TIMEOUT
    exp_path = path + ".exp"
    check_stdout = "stdout" not in ignored(directives)
    if check_stdout and not os.path.exists(exp_path):
        return Result(name, "fail", "missing " + os.path.basename(exp_path))
    argv, stdin_data, env = test_command(path, interp, directives)
    t0 = time.time()
    out, err, code = run_process(argv, testdir, timeout, env, stdin_data)
    elapsed = time.time() - t0
    # Paths under the test's directory are stripped from both streams: a
    # traceback printed to stdout (unittest's report) must not depend on
    # where the tree lives either.
    out_s, err_s = normalize_stderr(decode(out), testdir), normalize_stderr(decode(err), testdir)
    if code is None:
        save_actual(outdir, name, ".out", out_s)
        save_actual(outdir, name, ".err.out", err_s)
        return Result(name, "fail", "timeout after %gs" % timeout, elapsed=elapsed)
    if out_s.strip() == "SKIP" and code == 0:
        return Result(name, "skip", elapsed=elapsed)

    problems, diff = [], []
    expected = read_text(exp_path) if check_stdout else out_s
    if out_s != expected:
        problems.append("stdout differs")
        diff += make_diff(expected, out_s, "stdout")
    err_path = path + ".err"
    if os.path.exists(err_path):
        exp_err = read_text(err_path)
        if err_s != exp_err:
            problems.append("stderr differs")
            diff += make_diff(exp_err, err_s, "stderr")
    code_path = path + ".code"
    want_code = 0
    if os.path.exists(code_path):
        try:
            want_code = int(read_text(code_path).strip())
        except ValueError:
            want_code = -1
    if code != want_code:
        problems.append("exit status %s, expected %d" % (code, want_code))
        if not os.path.exists(err_path):
            tail = err_s.splitlines()[-8:]
            diff += ["stderr (last lines):"] + ["  " + ln for ln in tail]
    if problems:
        save_actual(outdir, name, ".out", out_s)
        save_actual(outdir, name, ".err.out", err_s)
        return Result(name, "fail", "; ".join(problems), diff, elapsed)
    return Result(name, "pass", elapsed=elapsed)


def run_unit_test(path, outdir):
    name = "unit/" + os.path.basename(path)
    t0 = time.time()
    out, err, code = run_process([path], os.path.dirname(path), 120.0)
    elapsed = time.time() - t0
    out_s, err_s = decode(out), decode(err)
    summary = ""
    for line in (out_s + err_s).splitlines():
        if " passed, " in line and " failed" in line:
            summary = line.strip()
    if code == 0:
        return Result(name, "pass", summary, elapsed=elapsed)
    save_actual(outdir, name, ".out", out_s)
    save_actual(outdir, name, ".err.out", err_s)
    why = "timeout" if code is None else "exit status %s" % code
    if summary:
        why += " (%s)" % summary
    lines = [ln for ln in (out_s + err_s).splitlines() if "FAIL" in ln or "fail" in ln]
    return Result(name, "fail", why, lines[:10], elapsed)


# ---------------------------------------------------------------- refleaks

REFLEAK_PROBE = """\
import sys
print(hasattr(sys, "_debug_refcount_total"))
"""

REFLEAK_WRAPPER = """\
import sys, gc
_path = %(path)r
sys.path.insert(0, %(dir)r)
with open(_path) as _f:
    _code = compile(_f.read(), _path, "exec")
def _body():
    g = {"__name__": "__main__", "__file__": _path, "__builtins__": __builtins__}
    exec(_code, g)
    g.clear()
def _snap():
    gc.collect()
    blocks = sys._debug_live_blocks() if hasattr(sys, "_debug_live_blocks") else 0
    return sys._debug_refcount_total(), blocks
# The figures go into lists made before the first snapshot: appending a
# tuple per run would itself add a live block per run.
_n = %(runs)d + 1
_refs = [0] * _n
_blocks = [0] * _n
_i = 0
_body()
_refs[0], _blocks[0] = _snap()
for _i in range(1, _n):
    _body()
    _refs[_i], _blocks[_i] = _snap()
_dr = [_refs[_i + 1] - _refs[_i] for _i in range(_n - 1)]
_db = [_blocks[_i + 1] - _blocks[_i] for _i in range(_n - 1)]
sys.stderr.write("REFLEAKS refs=%%s blocks=%%s\\n" %% (
    ",".join(map(str, _dr)), ",".join(map(str, _db))))
"""


def run_refleak_test(path, interp, outdir, runs=2):
    name = os.path.relpath(path, TESTS)
    testdir = os.path.dirname(path)
    d = read_directives(path)
    if "cli" in d or "env" in d or os.path.exists(path + ".in"):
        return Result(name, "skip", "command-line test")
    wrapper = save_actual(outdir, name, ".refleak.py",
                          REFLEAK_WRAPPER % {"path": path, "dir": testdir, "runs": runs})
    timeout = float(read_directives(path).get("timeout", DEFAULT_TIMEOUT)) * (runs + 1)
    out, err, code = run_process(interp + [wrapper], testdir, timeout)
    err_s = decode(err)
    if decode(out).strip().startswith("SKIP"):
        return Result(name, "skip")
    line = [ln for ln in err_s.splitlines() if ln.startswith("REFLEAKS ")]
    if code is None or not line:
        # A test that fails or exits on its own is not judged here.
        return Result(name, "skip", "did not finish under the refleak wrapper")
    try:
        parts = dict(p.split("=", 1) for p in line[-1].split()[1:])
        refs = [int(x) for x in parts["refs"].split(",")]
        blocks = [int(x) for x in parts["blocks"].split(",")]
    except (KeyError, ValueError):
        return Result(name, "fail", "unreadable refleak report: " + line[-1])
    if all(r > 0 for r in refs) or all(b > 0 for b in blocks):
        return Result(name, "fail", "leaks: refcount deltas %s, live block deltas %s"
                      % (refs, blocks))
    return Result(name, "pass")


# ---------------------------------------------------------------- main

def parse_args(argv):
    ap = argparse.ArgumentParser(description="Run pith's tests.")
    ap.add_argument("filters", nargs="*",
                    help="run only tests whose path contains one of these substrings")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--variant", default="release",
                    help="build variant under build/ (release, debug, asan, gcstress, tsan)")
    ap.add_argument("--python", metavar="EXE",
                    help="run the golden tests with this interpreter (e.g. python3) "
                         "instead of pith: every .exp must match CPython")
    ap.add_argument("--pith", metavar="EXE",
                    help="the pith binary to test (default build/<variant>/pith)")
    ap.add_argument("--todo", action="store_true",
                    help="run tests/todo/ instead and list those that now pass")
    ap.add_argument("--refleaks", action="store_true",
                    help="run each test body repeatedly in one process and flag "
                         "refcount / live-block growth (debug build only)")
    ap.add_argument("--no-unit", action="store_true", help="skip the C unit tests")
    ap.add_argument("--max-diffs", type=int, default=5,
                    help="show diffs of at most this many failures")
    return ap.parse_args(argv)


def select(paths, filters, base):
    if not filters:
        return paths
    return [p for p in paths if any(f in os.path.relpath(p, base) for f in filters)]


def summary_line(results):
    n = {"pass": 0, "fail": 0, "skip": 0}
    for r in results:
        n[r.status] += 1
    return "%d passed, %d failed, %d skipped" % (n["pass"], n["fail"], n["skip"])


def main(argv):
    args = parse_args(argv)
    if args.python:
        interp = [args.python]
        outdir = os.path.join(ROOT, "build", "tests", "python")
    else:
        interp = [os.path.abspath(args.pith) if args.pith
                  else os.path.join(ROOT, "build", args.variant, "pith")]
        outdir = os.path.join(ROOT, "build", "tests", args.variant)

    if not args.python and not os.path.exists(interp[0]):
        print("run.py: %s does not exist; build it with `make VARIANT=%s`"
              % (os.path.relpath(interp[0], ROOT), args.variant))

    # What to run: (kind, path) pairs.
    jobs = []
    if args.todo:
        for p in select(find_py_tests(os.path.join(TESTS, "todo")), args.filters, TESTS):
            jobs.append(("py", p))
    else:
        for p in select(find_py_tests(os.path.join(TESTS, "golden")), args.filters, TESTS):
            jobs.append(("py", p))
        if not args.python:
            for p in select(find_py_tests(os.path.join(TESTS, "pith")), args.filters, TESTS):
                jobs.append(("py", p))
            unit_dir = os.path.join(ROOT, "build", args.variant, "unit")
            if not args.no_unit and not args.refleaks and os.path.isdir(unit_dir):
                units = sorted(os.path.join(unit_dir, f) for f in os.listdir(unit_dir)
                               if f.startswith("test_") and "." not in f
                               and os.access(os.path.join(unit_dir, f), os.X_OK))
                for p in units:
                    if not args.filters or any(f in "unit/" + os.path.basename(p)
                                               for f in args.filters):
                        jobs.append(("unit", p))

    if args.refleaks:
        probe = save_actual(outdir, "refleak_probe", ".py", REFLEAK_PROBE)
        out, err, code = run_process(interp + [probe], TESTS, 30.0)
        if code != 0 or decode(out).strip() != "True":
            print("run.py: --refleaks needs sys._debug_refcount_total() (and optionally "
                  "sys._debug_live_blocks()) from a debug build (--variant debug); "
                  "%s does not provide it" % " ".join(interp))
            print("0 passed, 1 failed, 0 skipped")
            return 1

    def work(job):
        kind, path = job
        if kind == "unit":
            return run_unit_test(path, outdir)
        if args.refleaks:
            return run_refleak_test(path, interp, outdir)
        return run_py_test(path, interp, outdir)

    results = []
    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        futures = [ex.submit(work, j) for j in jobs]
        for fut in futures:
            r = fut.result()
            results.append(r)
            if args.verbose:
                extra = (" (%s)" % r.detail) if r.detail else ""
                print("%-4s %s  %.2fs%s" % (r.status.upper(), r.name, r.elapsed, extra),
                      flush=True)

    failed = [r for r in results if r.status == "fail"]
    if failed:
        print()
        print("FAILED (%d):" % len(failed))
        for r in failed:
            print("  %s: %s" % (r.name, r.detail))
        for r in failed[:args.max_diffs]:
            if r.diff:
                print()
                print("--- %s" % r.name)
                for ln in r.diff[:25]:
                    print(ln)
                if len(r.diff) > 25:
                    print("... (%d more diff lines)" % (len(r.diff) - 25))
        print()
        print("actual output of failures: %s" % os.path.relpath(outdir, ROOT))
    if args.todo:
        now = [r.name for r in results if r.status == "pass"]
        print()
        print("tests/todo: %d now pass (move them to tests/golden/):" % len(now))
        for n in now:
            print("  " + n)
    if args.verbose:
        print("%.1fs" % (time.time() - t0))
    print(summary_line(results))
    if args.todo:
        return 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
