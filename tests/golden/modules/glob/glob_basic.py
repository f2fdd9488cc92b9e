import glob, os, tempfile, shutil
base = tempfile.mkdtemp()
try:
    for p in ['a.py', 'b.py', 'c.txt', '.hid.py', 'sub/d.py', 'sub/e.txt', 'sub/deep/f.py', 'sub2/g.py']:
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
    os.chdir('/')
    shutil.rmtree(base)
