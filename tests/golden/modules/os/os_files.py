import os
base = '/tmp/pith_os_test_%d' % os.getpid()
os.mkdir(base)
print(os.path.isdir(base), os.listdir(base))
fn = os.path.join(base, 'f.txt')
with open(fn, 'w') as f:
    f.write('12345')
print(os.path.getsize(fn), os.path.isfile(fn), os.stat(fn).st_size)
os.makedirs(os.path.join(base, 'sub', 'deeper'))
os.makedirs(os.path.join(base, 'sub'), exist_ok=True)
print(sorted(os.listdir(base)))
os.rename(fn, os.path.join(base, 'g.txt'))
print(sorted(os.listdir(base)))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
try:
    os.mkdir(base)
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    os.remove(os.path.join(base, 'nope'))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
os.remove(os.path.join(base, 'g.txt'))
os.rmdir(os.path.join(base, 'sub', 'deeper'))
os.rmdir(os.path.join(base, 'sub'))
os.rmdir(base)
print(os.path.exists(base))
