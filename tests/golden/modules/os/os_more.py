import os, stat
base = '/tmp/pith_os_more_%d' % os.getpid()
os.makedirs(os.path.join(base, 'a', 'b'))
f = os.path.join(base, 'a', 'file.txt')
with open(f, 'w') as fh:
    fh.write('data')
os.symlink(f, os.path.join(base, 'link'))
os.link(f, os.path.join(base, 'hard'))
print(os.readlink(os.path.join(base, 'link')) == f, os.path.islink(os.path.join(base, 'link')), os.stat(os.path.join(base, 'hard')).st_nlink)
print(os.path.realpath(os.path.join(base, 'link')) == os.path.realpath(f), os.path.samefile(f, os.path.join(base, 'hard')))
print(os.path.lexists(os.path.join(base, 'link')), os.lstat(os.path.join(base, 'link')).st_size == len(f))
os.chmod(f, 0o600); print(oct(stat.S_IMODE(os.stat(f).st_mode)), os.access(f, os.R_OK), os.access('/nonexistent', os.F_OK))
os.utime(f, (1000000000, 1000000000.5)); st = os.stat(f); print(st.st_atime, st.st_mtime, st.st_mtime_ns)
os.utime(f, ns=(5 * 10**9, 7 * 10**9 + 3)); print(os.stat(f).st_mtime_ns, os.path.getmtime(f), os.path.getatime(f))
os.truncate(f, 2); print(os.path.getsize(f))
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False), e.path == os.path.join(base, e.name), repr(e))
print(os.fspath(entries[0]) == entries[0].path, entries[0].stat().st_mode == os.stat(entries[0].path).st_mode, entries[0].inode() == os.stat(entries[0].path).st_ino)
print(sorted(os.listdir(base.encode()))[:1], [type(x).__name__ for x in os.listdir(os.path.join(base, 'a').encode())])
for root, dirs, files in os.walk(base, topdown=False):
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
os.replace(os.path.join(base, 'hard'), os.path.join(base, 'hard2'))
try:
    os.rename(os.path.join(base, 'nope'), os.path.join(base, 'x'))
except FileNotFoundError as e:
    print(e.errno, e.filename == os.path.join(base, 'nope'), e.filename2 == os.path.join(base, 'x'))
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.stat(1.5)
except TypeError as e:
    print(e)
try:
    os.stat('a\0b')
except ValueError as e:
    print(e)
try:
    os.listdir(1.5)
except TypeError as e:
    print(e)
class P:
    def __fspath__(self):
        return base
print(os.path.isdir(P()), os.fspath(P()) == base, isinstance(P(), os.PathLike), os.path.join(P(), 'x') == base + '/x')
try:
    os.fspath(1)
except TypeError as e:
    print(e)
for n in ['link', 'hard2', 'a/file.txt']:
    os.remove(os.path.join(base, n))
os.removedirs(os.path.join(base, 'a', 'b'))
print(os.path.exists(base))
fd = os.open('/tmp', os.O_RDONLY)
print(os.get_inheritable(fd), os.get_blocking(fd)); os.set_inheritable(fd, True); print(os.get_inheritable(fd))
fd2 = os.dup(fd); print(os.get_inheritable(fd2)); os.dup2(fd, fd2); print(os.get_inheritable(fd2))
os.close(fd); os.close(fd2)
print(os.path.expandvars('$HOME/x') == os.environ['HOME'] + '/x', os.path.expandvars('${NOPE_PITH}/$ and $$'), os.path.expanduser('~') == os.environ['HOME'])
os.environ['PITH_E'] = 'v'; print(os.environ.get('PITH_E'), os.getenvb(b'PITH_E'), 'PITH_E' in os.environ.copy()); os.environ.pop('PITH_E'); print(os.getenv('PITH_E'))
print(os.fsencode('é'), repr(os.fsdecode(b'\xff')), os.get_exec_path()[:0])
