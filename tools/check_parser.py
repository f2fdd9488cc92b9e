#!/usr/bin/env python3
# tools/check_parser.py: compare pith's parser with CPython's, file by file.
#
# Builds tools/astdump.c (plain and ASan/UBSan), then:
#   files:  for each .py file (default: the whole CPython stdlib), the pith AST
#           dump must equal ast.dump(tree, include_attributes=True), or both
#           must raise the same SyntaxError (kind, msg, lineno, offset);
#   bad:    a built-in corpus of malformed snippets must raise what
#           compile() raises (kind, msg, lineno, offset);
#   fuzz:   random mutations of valid files must never crash the ASan build.
# CPython is only the oracle here; pith's build never needs it.
#
# Usage: tools/check_parser.py [--build DIR] [files|bad|fuzz|all] [PATH...]
#        [--fuzz-count N] [--seed S] [-v]
import argparse
import ast
import os
import random
import re
import subprocess
import sys
import sysconfig
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRCS = ["tools/astdump.c", "src/compile/lexer.c", "src/compile/ast.c",
        "src/compile/parser.c", "src/mem/raw.c", "src/mem/alloc.c"]
CFLAGS = ["-std=c11", "-D_GNU_SOURCE", "-DPT_CORE", "-Iinclude", "-Isrc", "-Wall", "-Wextra",
          "-Wshadow", "-Wundef", "-Wwrite-strings", "-Wstrict-prototypes",
          "-Wmissing-prototypes", "-Wold-style-definition", "-Wno-unused-parameter",
          "-Wno-missing-field-initializers", "-Wno-sign-compare", "-g"]


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    plain = os.path.join(outdir, "astdump")
    asan = os.path.join(outdir, "astdump_asan")
    for exe, extra in ((plain, ["-O2"]),
                       (asan, ["-O1", "-fsanitize=address,undefined", "-fno-omit-frame-pointer",
                               "-fno-sanitize-recover=undefined"])):
        cmd = ["cc"] + CFLAGS + extra + ["-o", exe] + SRCS + ["-lutf8proc", "-lm"]
        subprocess.run(cmd, cwd=ROOT, check=True)
    names = os.path.join(outdir, "unicode_names.txt")
    if not os.path.exists(names):
        with open(names, "w", encoding="utf-8") as f:
            for cp in range(0x110000):
                n = unicodedata.name(chr(cp), None)
                if n:
                    f.write("%s\t%x\n" % (n, cp))
            # Aliases and named sequences are not covered; CPython accepts aliases.
    return plain, asan, names


# ---- The oracle ----

def cpython_result(src_bytes, path, mode="exec"):
    try:
        tree = compile(src_bytes, path, mode, ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as e:
        return ("ERROR", type(e).__name__, e.msg, e.lineno, e.offset)
    except (ValueError, MemoryError, RecursionError) as e:
        return ("ERROR", type(e).__name__, str(e), None, None)
    return ast.dump(tree, include_attributes=True)


_CONST = re.compile(r"@@(int|float|imag|str|bytes):([^@]*)@@")


def _const(m):
    kind, data = m.group(1), m.group(2)
    if kind == "int":
        base, digits = data.split(":", 1)
        return str(int(digits, int(base)))
    if kind == "float":
        return repr(float(data))
    if kind == "imag":
        return repr(complex(0, float(data)))
    raw = bytes.fromhex(data)
    if kind == "bytes":
        return repr(raw)
    return repr(raw.decode("utf-8", "surrogatepass"))


def pith_result(exe, names, path, mode="exec"):
    r = subprocess.run([exe, "-m", mode, "--names", names, path], capture_output=True,
                       timeout=60)
    out = r.stdout.decode("utf-8", "surrogateescape")
    if r.returncode == 1 and out.startswith("ERROR "):
        kind, rest = out[6:].rstrip("\n").split("|", 1)
        msg, lineno, offset, _, _ = rest.rsplit("|", 4)
        return ("ERROR", kind, msg, int(lineno), int(offset))
    if r.returncode != 0:
        return ("CRASH", r.returncode, r.stderr.decode("utf-8", "replace")[-2000:])
    return _CONST.sub(_const, out.rstrip("\n"))


def first_diff(a, b):
    n = min(len(a), len(b))
    i = next((k for k in range(n) if a[k] != b[k]), n)
    lo = max(0, i - 150)
    return "  cpython: ...%s\n  pith:    ...%s" % (a[lo:i + 150], b[lo:i + 150])


# ---- Modes ----

def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x not in ("site-packages", "__pycache__"))
        for f in sorted(files):
            if f.endswith(".py"):
                yield os.path.join(d, f)


def check_files(exe, names, paths, verbose):
    passed = failed = skipped = 0
    for path in paths:
        with open(path, "rb") as f:
            src = f.read()
        try:
            src.decode("utf-8")
        except UnicodeDecodeError:
            skipped += 1  # pith reads UTF-8 only
            continue
        want = cpython_result(src, path)
        if isinstance(want, tuple) and want[1] not in ("SyntaxError", "IndentationError",
                                                      "TabError"):
            skipped += 1
            continue
        got = pith_result(exe, names, path)
        if isinstance(want, str) and isinstance(got, str):
            ok = want == got
        else:
            ok = want == got
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAIL %s" % path)
            if isinstance(want, str) and isinstance(got, str):
                print(first_diff(want, got))
            else:
                print("  cpython: %s\n  pith:    %s" % (str(want)[:300], str(got)[:300]))
    return passed, failed, skipped


# Malformed snippets: each must fail exactly as compile() fails.
BAD = [
    "a\n  b\n", "if x:\n  a\n b\n", "foo(1 2", "foo(1 2)", "a $ b", "a ? b", "x = 1abc",
    "x = 0777", "x = 0o8", "x = 0b2", "x=0x", "x = 'abc\n", "x = '''abc\n\n", "(", "a)", "(]",
    "(\n\n]", "x = \u2026", "x = a\u00a0b", "if x\n  pass\n", "if x:\npass\n", "f(a=1, b)",
    "def f(a=1, b): pass", "1 = x", "f() = 1", "x = (1\n", "a b", "\\x", "x = \\",
    "\tif x:\n\t\ta\n        b\n", "f'{'", "f'{}'", "f'{a!x}'", "f'}'", "x = 1_", "x=1__0",
    "x = 1e", "print 'a'", "for x in y: pass\nelse", "x = [1, 2", "def f(:\n",
    "class A(:\n", "while x\n  pass\n", "for x in y\n  pass\n", "def f()\n  pass\n",
    "class A\n  pass\n", "try:\n  pass\n", "try:\n  pass\nexcept\n  pass\n",
    "with a\n  pass\n", "else:\n  pass\n", "x = (1, 2\ny = 3\n", "[1, 2 3]", "{1: 2 3: 4}",
    "f(**a, *b)", "f(**a, b)", "f(a for a in b, c)", "del f()", "del 1", "(a, b) += 1",
    "a + 1 = 2", "[a, 1] = 2", "for 1 in x: pass", "with a as 1: pass", "x := 1",
    "(a.b := 1)", "lambda: (yield)", "def f(*): pass", "def f(*, **k): pass",
    "def f(a, /, b, /): pass", "def f(/): pass", "def f(**k, a): pass", "import a,",
    "from a import b,", "from a import (b", "None = 1", "True = 1", "x = yield = 1",
    "'abc' 'def' = 1", "f(a=1, a)", "a = 1 +", "if True:\n\tpass\n        pass\n",
    "x = '\\x4'", "x = b'\u00e9'", "x = 'a' b'b'", "def f():\n  x = 1\n    y = 2\n",
    "match x:\n  case 1 + 1: pass\n", "match x:\n  case _ as _: pass\n",
    "try:\n  pass\nexcept* A:\n  pass\nexcept B:\n  pass\n", "a = 1; ;", "@\ndef f(): pass",
    "x = 1 if 2", "a[1:2:3:4]", "{**a: 1}", "[*a for a in b]", "f'{a b}'", "f'{a:{b:{c}}}'",
    "x = \"\"\"abc", "x = 0_7", "x = 0x_", "x = 1.5e+", "1 +* 2", "pass\n  pass\n",
    "if x:\n    pass\n  else:\n    pass\n", "class A:\ndef f(): pass\n", "x = $", "a.1",
    "a.if", "import a.b as c.d", "global 1", "nonlocal", "assert", "raise from x",
    "return *a", "async x = 1", "x = await", "del (a, b) c", "x = {a: b for a, b}",
    "x = [i for i in]", "a, *b, *c = d", "*a = b", "print(f'{x!}')", "'\\N{FOO BAR}'",
    "(" * 201, "[" * 300 + "]" * 300, "-" * 10000 + "1", "x" + "(" * 150 + ")" * 150,
]


def check_bad(exe, names, tmpdir, verbose):
    passed = failed = 0
    path = os.path.join(tmpdir, "bad_snippet.py")
    for i, snippet in enumerate(BAD):
        data = snippet.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        want = cpython_result(data, path)
        got = pith_result(exe, names, path)
        if isinstance(want, tuple) and want[1] in ("MemoryError", "RecursionError"):
            # CPython gives up with a non-syntax error; any clean error is fine.
            ok = isinstance(got, tuple) and got[0] == "ERROR"
        else:
            ok = want == got
        if ok:
            passed += 1
        else:
            failed += 1
            print("BAD-FAIL %r\n  cpython: %s\n  pith:    %s" % (snippet[:80], want, got))
    return passed, failed


def mutate(rng, src):
    ops = rng.randint(1, 4)
    b = bytearray(src)
    pieces = [b"(", b")", b"[", b"]", b"{", b"}", b":", b"\n", b"    ", b"\t", b"'", b'"',
              b'"""', b"f'{", b"}", b"\\", b"#", b"=", b",", b"*", b"**", b"lambda", b"match ",
              b"case ", b"\x00", b"\xff", b"\xc3", b"\r", b"0x", b"1_", b"async ", b"await "]
    for _ in range(ops):
        if not b:
            break
        pos = rng.randrange(len(b))
        r = rng.random()
        if r < 0.3:
            del b[pos:pos + rng.randint(1, 20)]
        elif r < 0.7:
            b[pos:pos] = rng.choice(pieces)
        else:
            j = rng.randrange(len(b))
            b[pos:pos] = b[j:j + rng.randint(1, 40)]
    return bytes(b)


def fuzz(asan, names, tmpdir, count, seed, corpus):
    rng = random.Random(seed)
    crashes = 0
    path = os.path.join(tmpdir, "fuzz_case.py")
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1:abort_on_error=0",
               UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1")
    for i in range(count):
        with open(rng.choice(corpus), "rb") as f:
            src = f.read()[:20000]
        data = mutate(rng, src)
        with open(path, "wb") as f:
            f.write(data)
        r = subprocess.run([asan, "-q", "--names", names, path], capture_output=True,
                           timeout=60, env=env)
        if r.returncode not in (0, 1) or b"runtime error" in r.stderr or \
                b"Sanitizer" in r.stderr:
            crashes += 1
            keep = os.path.join(tmpdir, "crash_%d.py" % crashes)
            with open(keep, "wb") as f:
                f.write(data)
            print("CRASH (saved %s): rc=%d\n%s" % (keep, r.returncode,
                                                   r.stderr.decode("utf-8", "replace")[-1500:]))
    return count - crashes, crashes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("what", nargs="?", default="all", choices=["files", "bad", "fuzz", "all"])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--build", default="/tmp/pith-check-parser")
    ap.add_argument("--fuzz-count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--asan", action="store_true", help="use the ASan build for files too")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    plain, asan, names = build(args.build)
    exe = asan if args.asan else plain
    total_p = total_f = 0
    paths = args.paths or list(stdlib_files())
    if args.what in ("files", "all"):
        p, f, s = check_files(exe, names, paths, args.v)
        print("files: %d passed, %d failed, %d skipped (not UTF-8 or not a syntax error)"
              % (p, f, s))
        total_p += p
        total_f += f
    if args.what in ("bad", "all"):
        p, f = check_bad(exe, names, args.build, args.v)
        print("bad snippets: %d passed, %d failed" % (p, f))
        total_p += p
        total_f += f
    if args.what in ("fuzz", "all"):
        corpus = [x for x in paths if os.path.getsize(x) < 200000]
        p, f = fuzz(asan, names, args.build, args.fuzz_count, args.seed, corpus)
        print("fuzz: %d passed, %d failed" % (p, f))
        total_p += p
        total_f += f
    print("%d passed, %d failed" % (total_p, total_f))
    return 1 if total_f else 0


if __name__ == "__main__":
    sys.exit(main())
