import glob, os
base = os.path.join(os.getcwd(), '_glob_scratch_%d' % os.getpid())
FILES = ['a.py', 'b.py', 'c.txt', '.hid.py', 'sub/d.py', 'sub/e.txt', 'sub/deep/f.py', 'sub2/g.py']
home = os.getcwd()
try:
    for p in FILES:
        full = os.path.join(base, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        open(full, 'w').close()
    os.chdir(base)
    for pat in ['*.py', '*', '*/*.py', 'sub/*', '**/*.py', '?.txt', '[ab].py', 'sub*', 'nope*', 'a.py', 'missing.py', 'sub/', '*/']:
        print(pat, sorted(glob.glob(pat)))
    print(sorted(glob.glob('**/*.py', recursive=True)), sorted(glob.glob('**', recursive=True)))
    print(sorted(glob.glob('*.py', include_hidden=True)), sorted(glob.glob('.*')), sorted(glob.glob('*.py', root_dir='sub')))
    print(sorted(glob.iglob(os.path.join(base, 'sub', '*.py')))[0].endswith('sub/d.py'), glob.escape('a[b]*?.py'), glob.has_magic('a*'), glob.has_magic('abc'))
    print(sorted(glob.glob('sub/**', recursive=True)), sorted(glob.glob('**/', recursive=True)))
finally:
    os.chdir(home)
    for p in FILES:
        try:
            os.remove(os.path.join(base, p))
        except OSError:
            pass
    for d in ('sub/deep', 'sub', 'sub2', ''):
        try:
            os.rmdir(os.path.join(base, d) if d else base)
        except OSError:
            pass
