import os
base = '/tmp/pith_scandir_%d' % os.getpid()
os.makedirs(base)
for name in ['b.txt', 'a.py', 'c.md']:
    with open(os.path.join(base, name), 'w') as f:
        f.write(name * 3)
os.mkdir(os.path.join(base, 'sub'))
print(sorted(os.listdir(base)))
entries = sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir(base))
print(entries)
print(sorted(n for n in os.listdir(base) if n.endswith('.py') or n.endswith('.md')))
sizes = {n: os.path.getsize(os.path.join(base, n)) for n in os.listdir(base) if os.path.isfile(os.path.join(base, n))}
print(sorted(sizes.items()))
st = os.stat(os.path.join(base, 'a.py'))
print(st.st_size, type(st.st_mtime).__name__, st.st_mtime > 0)
for n in os.listdir(base):
    full = os.path.join(base, n)
    if os.path.isdir(full):
        os.rmdir(full)
    else:
        os.remove(full)
os.rmdir(base)
print(os.path.exists(base))
