#!/usr/bin/env python3
"""bench/run.py: run the benchmark programs under pith and CPython, side by side.

Runs under CPython (python3). For every program in bench/ it runs pith and
the reference python alternately N times, takes the median wall time and the
peak resident set size of each run, checks the output against
bench/<name>.expected, and prints a table of speed ratios (python / pith,
> 1 means pith is faster) and memory ratios (pith / python, < 1 means pith is
leaner) with geometric means. It also writes build/bench/report.md,
build/bench/results.tsv, build/bench/results.json and two gnuplot charts,
build/bench/report.png (speed) and build/bench/memory.png (memory).

Usage:
    python3 bench/run.py [--quick] [--runs N] [--pith PATH] [--python PY]
                         [--out DIR] [--timeout S] [names...]

--quick runs each implementation once and passes "--quick" to the programs
(and sets PITH_BENCH_QUICK=1 in their environment) so they shrink their
problem size; their output then differs from the .expected files, so it is
not checked.

Peak RSS: each child's ru_maxrss comes from wait4(). On Linux a child's
ru_maxrss can never be below the RSS of the process that spawned it (the
kernel carries the parent's high-water mark across fork/vfork and exec), so
when GNU time (/usr/bin/time) is installed this script launches children
through it: its own wait4() sees the real child, with a floor of about 1 MiB
instead of this script's ~10 MiB. Without it, the script falls back to its
own os.wait4() and reports the floor it measured (with /bin/true).
"""

import argparse
import datetime
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)
NOT_PROGRAMS = {"run.py", "check.py"}
GNU_TIME = "/usr/bin/time"


# ---------------------------------------------------------------- running

class RunResult:
    """One run of one program under one implementation."""

    def __init__(self, ok, seconds, rss_kib, output, error):
        self.ok = ok              # exited 0 (output not yet checked)
        self.seconds = seconds
        self.rss_kib = rss_kib    # None when unknown
        self.output = output      # bytes
        self.error = error        # short reason when not ok


def gnu_time_works():
    """True if GNU time is there and reports %M for a trivial command."""
    if not os.access(GNU_TIME, os.X_OK):
        return False
    with tempfile.NamedTemporaryFile() as f:
        try:
            rc = subprocess.call([GNU_TIME, "-f", "%M", "-o", f.name, "true"],
                                 stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, timeout=10)
        except (OSError, subprocess.SubprocessError):
            return False
        try:
            return rc == 0 and int(open(f.name).read().split()[-1]) > 0
        except (ValueError, IndexError):
            return False


def run_once(argv, env, timeout, use_gnu_time):
    """Run argv, return a RunResult with wall time and peak RSS."""
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    rss_file = None
    cmd = list(argv)
    if use_gnu_time:
        rss_file = tempfile.NamedTemporaryFile(delete=False)
        rss_file.close()
        cmd = [GNU_TIME, "-f", "%M", "-o", rss_file.name, "--"] + cmd
    timed_out = []
    try:
        t0 = time.perf_counter()
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out,
                                    stderr=err, env=env, cwd=BENCH_DIR,
                                    start_new_session=True)
        except OSError as e:
            return RunResult(False, 0.0, None, b"", "cannot start: %s" % e)

        def kill():
            timed_out.append(True)
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        rss = usage.ru_maxrss
        if rss_file is not None:
            rss = None
            try:
                with open(rss_file.name) as f:
                    lines = f.read().split()
                rss = int(lines[-1])
            except (OSError, ValueError, IndexError):
                pass
        out.seek(0)
        output = out.read()
        err.seek(0)
        errtext = err.read().decode("utf-8", "replace").strip()
        code = proc.returncode
        if timed_out:
            return RunResult(False, seconds, rss, output, "timeout after %gs" % timeout)
        if code != 0:
            if use_gnu_time and code > 128:
                why = "killed by signal %d" % (code - 128)
            elif code < 0:
                why = "killed by signal %d" % -code
            else:
                why = "exit status %d" % code
            last = errtext.splitlines()[-1] if errtext else ""
            return RunResult(False, seconds, rss, output,
                             why + (": " + last[:120] if last else ""))
        return RunResult(True, seconds, rss, output, "")
    finally:
        out.close()
        err.close()
        if rss_file is not None:
            try:
                os.unlink(rss_file.name)
            except OSError:
                pass


def resolve(cmd):
    """Path of an executable given as a path or a name on PATH, else None."""
    if os.sep in cmd:
        path = os.path.abspath(cmd)
        return path if os.path.isfile(path) and os.access(path, os.X_OK) else None
    return shutil.which(cmd)


def probe(exe, env, use_gnu_time):
    """Why exe cannot run a trivial program, or None if it can."""
    if exe is None:
        return "not found"
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write("print(6 * 7)\n")
    try:
        r = run_once([exe, f.name], env, 30, use_gnu_time)
    finally:
        os.unlink(f.name)
    if not r.ok:
        return r.error
    if r.output.strip() != b"42":
        return "prints %r for print(6 * 7)" % r.output[:40]
    return None


# ---------------------------------------------------------------- results

class Side:
    """All runs of one program under one implementation."""

    def __init__(self):
        self.times = []
        self.rss = []
        self.status = "ok"        # ok | FAILED | n/a
        self.reason = ""

    def fail(self, reason):
        if self.status == "ok":
            self.status = "FAILED"
            self.reason = reason

    @property
    def good(self):
        return self.status == "ok" and bool(self.times)

    def median_time(self):
        return statistics.median(self.times) if self.good else None

    def peak_mib(self):
        vals = [r for r in self.rss if r is not None]
        if self.status != "ok" or not vals:
            return None
        return statistics.median(vals) / 1024.0


def check_output(side, result, expected, quick):
    if not result.ok:
        side.fail(result.error)
        return
    if quick or expected is None:
        return
    if result.output != expected:
        got = result.output.decode("utf-8", "replace").splitlines()
        want = expected.decode("utf-8", "replace").splitlines()
        line = next((i for i in range(max(len(got), len(want)))
                     if i >= len(got) or i >= len(want) or got[i] != want[i]), 0)
        side.fail("output differs from .expected at line %d" % (line + 1))


def geomean(values):
    values = [v for v in values if v is not None and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def fmt(v, spec, missing="n/a"):
    return missing if v is None else format(v, spec)


# ---------------------------------------------------------------- reporting

def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def version_of(exe):
    if exe is None:
        return "n/a"
    try:
        r = subprocess.run([exe, "--version"], capture_output=True, timeout=10)
        text = (r.stdout or r.stderr).decode("utf-8", "replace").strip()
        return text.splitlines()[0] if text else "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def git_commit():
    try:
        r = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                           capture_output=True, timeout=10)
        return r.stdout.decode().strip() or "none"
    except (OSError, subprocess.SubprocessError):
        return "none"


def build_rows(names, results):
    rows = []
    for name in names:
        p, c = results[name]
        pt, ct = p.median_time(), c.median_time()
        pm, cm = p.peak_mib(), c.peak_mib()
        speed = ct / pt if pt and ct else None
        mem = pm / cm if pm and cm else None
        if p.status == "n/a":
            status = "pith n/a"
        elif p.status == "FAILED" or c.status == "FAILED":
            parts = []
            if p.status == "FAILED":
                parts.append("pith FAILED: " + p.reason)
            if c.status == "FAILED":
                parts.append("python FAILED: " + c.reason)
            status = "; ".join(parts)
        else:
            status = "ok"
        rows.append({"name": name, "pith_s": pt, "python_s": ct,
                     "speed": speed, "pith_mib": pm, "python_mib": cm,
                     "mem": mem, "status": status,
                     "pith_status": p.status, "python_status": c.status})
    return rows


TABLE_HEAD = ("program", "pith s", "python s", "speed", "pith MiB",
              "python MiB", "mem", "status")


def row_cells(r):
    def side_time(v, st):
        return st if v is None and st != "ok" else fmt(v, ".3f")

    def side_mem(v, st):
        return st if v is None and st != "ok" else fmt(v, ".1f")

    return (r["name"],
            side_time(r["pith_s"], r["pith_status"]),
            side_time(r["python_s"], r["python_status"]),
            fmt(r["speed"], ".2f", "-"),
            side_mem(r["pith_mib"], r["pith_status"]),
            side_mem(r["python_mib"], r["python_status"]),
            fmt(r["mem"], ".2f", "-"),
            r["status"])


def summary_cells(rows):
    sp = geomean([r["speed"] for r in rows])
    mm = geomean([r["mem"] for r in rows])
    n = sum(1 for r in rows if r["speed"] is not None)
    return ("geometric mean (%d)" % n, "", "", fmt(sp, ".2f", "-"), "", "",
            fmt(mm, ".2f", "-"), ""), sp, mm


def print_table(rows):
    summary, _, _ = summary_cells(rows)
    body = [row_cells(r) for r in rows]
    shown = [c[:7] + (c[7] if len(c[7]) < 60 else c[7][:57] + "...",) for c in body]
    widths = [max(len(str(x)) for x in col)
              for col in zip(TABLE_HEAD, summary, *shown)]
    def line(cells):
        out = []
        for i, (c, w) in enumerate(zip(cells, widths)):
            out.append(str(c).ljust(w) if i in (0, 7) else str(c).rjust(w))
        return "  ".join(out).rstrip()
    print()
    print(line(TABLE_HEAD))
    print("  ".join("-" * w for w in widths))
    for c in shown:
        print(line(c))
    print("  ".join("-" * w for w in widths))
    print(line(summary))


def write_markdown(path, rows, info, notes):
    summary, sp, mm = summary_cells(rows)
    lines = ["# pith benchmark report", ""]
    for k, v in info:
        lines.append("- **%s:** %s" % (k, v))
    lines.append("")
    lines.append("Speed ratio = python time / pith time (> 1: pith faster). "
                 "Memory ratio = pith peak RSS / python peak RSS (< 1: pith leaner). "
                 "Times are medians of the runs; RSS is the median peak RSS.")
    lines.append("")
    for n in notes:
        lines.append("> " + n)
        lines.append("")
    lines.append("| " + " | ".join(TABLE_HEAD) + " |")
    lines.append("|" + "|".join(["---"] + ["---:"] * 6 + ["---"]) + "|")
    for r in rows:
        cells = [c.replace("|", "\\|") for c in map(str, row_cells(r))]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("| **" + summary[0] + "** | | | **" + summary[3] + "** | | | **"
                 + summary[6] + "** | |")
    lines.append("")
    lines.append("![speed ratios](report.png)")
    lines.append("")
    lines.append("![memory ratios](memory.png)")
    lines.append("")
    with open(path, "w") as f:
        f.write("\n".join(lines))


def write_data(outdir, rows, info):
    def q(v, spec):
        return "?" if v is None else format(v, spec)
    with open(os.path.join(outdir, "results.tsv"), "w") as f:
        f.write("# program\tpith_s\tpython_s\tspeed\tpith_mib\tpython_mib\tmem\tstatus\n")
        for r in rows:
            f.write("\t".join([r["name"], q(r["pith_s"], ".4f"), q(r["python_s"], ".4f"),
                               q(r["speed"], ".4f"), q(r["pith_mib"], ".2f"),
                               q(r["python_mib"], ".2f"), q(r["mem"], ".4f"),
                               r["status"].replace("\t", " ")]) + "\n")
    with open(os.path.join(outdir, "results.json"), "w") as f:
        json.dump({"info": dict(info), "rows": rows}, f, indent=1)


GNUPLOT_COMMON = r"""
set terminal pngcairo size {width},560 font "DejaVu Sans,10" noenhanced
set output "{png}"
set datafile separator "\t"
set datafile missing "?"
set title "{title}" font "DejaVu Sans,13"
set key off
set grid ytics lc rgb "#dddddd"
set border 3
set xtics nomirror rotate by -50 left
set ytics nomirror
set style fill solid 0.85 border -1
set boxwidth 0.7
set xrange [-0.6:{nmax}]
set yrange [0:{ymax}]
set ylabel "{ylabel}"
set bmargin 7
"""


TSV_COLUMN = {"python_s": 3, "speed": 4, "python_mib": 6, "mem": 7}


def plot_chart(outdir, png, rows, key, better_high, title, ylabel, refline):
    """Bar chart of one results.tsv column, with a dashed line at refline."""
    col = TSV_COLUMN[key]
    data = [r[key] for r in rows]
    present = [d for d in data if d is not None]
    if not present:
        return False
    ymax = max(present + ([refline] if refline else [])) * 1.18
    width = max(900, 34 * len(rows) + 160)
    script = GNUPLOT_COMMON.format(width=width, png=png, title=title,
                                   nmax=len(rows) - 0.4, ymax=ymax, ylabel=ylabel)
    if refline:
        script += ("set arrow 1 from graph 0, first {r} to graph 1, first {r} "
                   "nohead lw 2 lc rgb '#333333' dt 2 front\n").format(r=refline)
        # green when better, red when worse, grey within 2% of the line
        good, bad, even = "0x2ca02c", "0xd62728", "0x999999"
        hi, lo = (good, bad) if better_high else (bad, good)
        color = ("(abs(${c} - {r}) < 0.02 * {r} ? {even} : (${c} > {r} ? {hi} : {lo}))"
                 .format(c=col, r=refline, even=even, hi=hi, lo=lo))
    else:
        color = "0x1f77b4"
    script += ("plot \"results.tsv\" using 0:{c}:({color}):xtic(1) with boxes lc rgb variable, \\\n"
               "     \"results.tsv\" using 0:{c}:(sprintf(\"%.2f\", ${c})) "
               "with labels offset 0,0.7 font \",8\", \\\n"
               "     \"results.tsv\" using 0:({base}):(valid({c}) ? \"\" : \"FAILED\") "
               "with labels rotate by 90 left font \",8\" tc rgb \"#d62728\"\n"
               ).format(c=col, color=color, base=ymax * 0.02)
    script_path = os.path.join(outdir, os.path.splitext(png)[0] + ".gp")
    with open(script_path, "w") as f:
        f.write(script)
    try:
        r = subprocess.run(["gnuplot", script_path], cwd=outdir,
                           capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as e:
        print("gnuplot failed: %s" % e, file=sys.stderr)
        return False
    if r.returncode != 0:
        print("gnuplot failed:\n" + r.stderr.decode("utf-8", "replace"), file=sys.stderr)
        return False
    return True


# ---------------------------------------------------------------- main

def discover():
    names = []
    for fn in sorted(os.listdir(BENCH_DIR)):
        if fn.endswith(".py") and fn not in NOT_PROGRAMS and not fn.startswith("_"):
            names.append(fn[:-3])
    return names


def main():
    ap = argparse.ArgumentParser(description="Compare pith with CPython on bench/.")
    ap.add_argument("--quick", action="store_true",
                    help="one run each, shrunk problem sizes, outputs not checked")
    ap.add_argument("--runs", type=int, default=None, help="runs per implementation (default 5)")
    ap.add_argument("--pith", default=os.path.join(ROOT, "build", "release", "pith"),
                    help="pith executable (default build/release/pith)")
    ap.add_argument("--python", default="python3", help="reference python (default python3)")
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench"),
                    help="report directory (default build/bench)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run")
    ap.add_argument("--no-gnu-time", action="store_true",
                    help="measure RSS with this script's own wait4 even if GNU time exists")
    ap.add_argument("names", nargs="*", help="programs to run (default: all)")
    args = ap.parse_args()

    runs = args.runs if args.runs is not None else (1 if args.quick else 5)
    runs = max(1, runs)
    all_names = discover()
    names = args.names or all_names
    names = [os.path.basename(n) for n in names]
    names = [n[:-3] if n.endswith(".py") else n for n in names]
    missing = [n for n in names if n not in all_names]
    if missing:
        print("unknown program(s): %s" % ", ".join(missing), file=sys.stderr)
        print("available: %s" % ", ".join(all_names), file=sys.stderr)
        return 2

    env = dict(os.environ)
    if args.quick:
        env["PITH_BENCH_QUICK"] = "1"
    extra = ["--quick"] if args.quick else []

    use_gnu_time = not args.no_gnu_time and gnu_time_works()
    pith = resolve(args.pith)
    python = resolve(args.python)
    pith_problem = probe(pith, env, use_gnu_time)
    python_problem = probe(python, env, use_gnu_time)
    floor = run_once(["/bin/true"], env, 10, use_gnu_time).rss_kib if os.path.exists("/bin/true") else None

    notes = []
    if pith_problem:
        notes.append("pith (%s) unusable: %s; its columns are n/a." % (args.pith, pith_problem))
    if python_problem:
        notes.append("python (%s) unusable: %s." % (args.python, python_problem))
    if args.quick:
        notes.append("--quick: one run each with shrunk sizes (PITH_BENCH_QUICK=1, argv --quick); "
                     "outputs are not checked against .expected and the numbers are only a smoke test.")
    if use_gnu_time:
        notes.append("Peak RSS measured by %s (wait4 in a small launcher); floor %s KiB (/bin/true)."
                     % (GNU_TIME, floor))
    else:
        notes.append("Peak RSS from this script's os.wait4(); Linux reports at least the "
                     "launching script's own RSS, so values below %s KiB (the /bin/true floor) "
                     "are masked. Install GNU time for exact small values." % floor)
    for n in notes:
        print("note: " + n)

    results = {}
    print("%d program(s), %d run(s) each: pith=%s python=%s"
          % (len(names), runs, pith or args.pith, python or args.python))
    for name in names:
        path = os.path.join(BENCH_DIR, name + ".py")
        exp_path = os.path.join(BENCH_DIR, name + ".expected")
        expected = open(exp_path, "rb").read() if os.path.exists(exp_path) else None
        p, c = Side(), Side()
        if pith_problem:
            p.status, p.reason = "n/a", pith_problem
        if python_problem:
            c.status, c.reason = "n/a", python_problem
        if expected is None and not args.quick:
            print("  warning: no %s.expected, output not checked" % name)
        for _ in range(runs):
            for side, exe in ((p, pith), (c, python)):
                if side.status != "ok":
                    continue
                r = run_once([exe, path] + extra, env, args.timeout, use_gnu_time)
                check_output(side, r, expected, args.quick)
                if side.status == "ok":
                    side.times.append(r.seconds)
                    side.rss.append(r.rss_kib)
        results[name] = (p, c)
        pt, ct = p.median_time(), c.median_time()
        msg = "  %-16s pith %-8s python %-8s" % (
            name, fmt(pt, ".3f", p.status), fmt(ct, ".3f", c.status))
        if pt and ct:
            msg += " speed %.2fx" % (ct / pt)
        for side, label in ((p, "pith"), (c, "python")):
            if side.status == "FAILED":
                msg += "  [%s FAILED: %s]" % (label, side.reason)
        print(msg, flush=True)

    rows = build_rows(names, results)
    print_table(rows)

    os.makedirs(args.out, exist_ok=True)
    info = [
        ("date", datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S")),
        ("machine", "%s, nproc %d, %s %s" % (cpu_model(), os.cpu_count() or 0,
                                            platform.system(), platform.release())),
        ("pith", "%s (%s)" % (pith or args.pith, version_of(pith) if not pith_problem else "n/a")),
        ("python", "%s (%s)" % (python or args.python, version_of(python))),
        ("commit", git_commit()),
        ("runs", "%d per implementation, alternating%s" % (runs, ", --quick" if args.quick else "")),
    ]
    write_data(args.out, rows, info)
    have_ratios = any(r["speed"] is not None for r in rows)
    if have_ratios:
        _, sp, mm = summary_cells(rows)
        ok1 = plot_chart(args.out, "report.png", rows, "speed", True,
                         "pith speed vs CPython: python time / pith time, > 1 = pith faster"
                         " (geometric mean %s)" % fmt(sp, ".2f", "-"),
                         "speed ratio", 1.0)
        ok2 = plot_chart(args.out, "memory.png", rows, "mem", False,
                         "pith peak RSS / CPython peak RSS, < 1 = pith leaner"
                         " (geometric mean %s)" % fmt(mm, ".2f", "-"),
                         "memory ratio", 1.0)
    else:
        ok1 = plot_chart(args.out, "report.png", rows, "python_s", True,
                         "CPython median time per program (pith n/a)", "seconds", None)
        ok2 = plot_chart(args.out, "memory.png", rows, "python_mib", True,
                         "CPython peak RSS per program (pith n/a)", "MiB", None)
    if not (ok1 and ok2):
        notes.append("chart generation failed (is gnuplot installed?)")
    write_markdown(os.path.join(args.out, "report.md"), rows, info, notes)
    print()
    print("report: %s" % os.path.join(args.out, "report.md"))
    if ok1:
        print("chart:  %s" % os.path.join(args.out, "report.png"))
    if ok2:
        print("chart:  %s" % os.path.join(args.out, "memory.png"))
    failed = [r["name"] for r in rows
              if r["pith_status"] == "FAILED" or r["python_status"] == "FAILED"]
    if failed:
        print("FAILED: %s" % ", ".join(failed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
