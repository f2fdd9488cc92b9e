#!/usr/bin/env python3
"""Compile every file of a corpus with pith's compiler and CPython; compare.

Usage: check_compile.py COMPDUMP [DIR...]   (default DIR: CPython's stdlib)

A file CPython compiles must compile with pith and pass compdump's checks;
a file CPython rejects must be rejected with the same message and line.
Prints the differences and a summary line. Needs compdump built with the
runtime (see tools/compdump.c).
"""
import os
import subprocess
import sys
import sysconfig


def cpython_result(path):
    try:
        with open(path, 'rb') as f:
            src = f.read()
        compile(src, path, 'exec')
        return None
    except SyntaxError as e:
        return (type(e).__name__, e.msg, e.lineno)
    except (ValueError, UnicodeDecodeError) as e:
        return ('other', str(e), None)


def run_batch(compdump, files):
    env = dict(os.environ, COMPDUMP_BOOT_HACK='1')
    p = subprocess.run([compdump, '-q'] + files, capture_output=True, text=True, env=env,
                       errors='replace', timeout=600)
    results = {}
    for line in p.stdout.splitlines():
        if line.startswith('OK '):
            results[line[3:]] = ('OK',)
        elif line.startswith('BAD '):
            results[line[4:]] = ('BAD',)
        elif line.startswith('ERROR '):
            rest = line[6:]
            path, _, info = rest.partition(' ')
            kind, msg, lineno, *_ = info.split('|') + ['', '', '']
            results[path] = ('ERROR', kind, msg, lineno)
    return results, p.returncode, p.stderr


def main():
    compdump = sys.argv[1]
    dirs = sys.argv[2:] or [sysconfig.get_paths()['stdlib']]
    files = []
    for d in dirs:
        for root, dirs, names in os.walk(d):
            dirs[:] = sorted(x for x in dirs if x not in ('site-packages', '__pycache__'))
            files += [os.path.join(root, n) for n in sorted(names) if n.endswith('.py')]
    ok = bad = 0
    i = 0
    while i < len(files):
        batch = files[i:i + 40]
        i += 40
        results, rc, err = run_batch(compdump, batch)
        if len(results) < len(batch):
            # A crash: redo the rest one by one.
            for f in batch:
                if f in results:
                    continue
                r, rc1, err1 = run_batch(compdump, [f])
                if f not in r:
                    print('CRASH', f, 'rc', rc1, err1.strip()[-300:])
                    bad += 1
                results.update(r)
        for f in batch:
            if f not in results:
                continue
            mine = results[f]
            ref = cpython_result(f)
            if ref is None and mine[0] == 'OK':
                ok += 1
            elif ref is not None and mine[0] == 'ERROR' and mine[2] == ref[1] and \
                    mine[3] == str(ref[2]):
                ok += 1
            else:
                bad += 1
                print('DIFF', f, 'pith:', mine, 'cpython:', ref)
    print('%d passed, %d failed' % (ok, bad))


if __name__ == '__main__':
    main()
