import io, os
path = '/tmp/pith_io_modes_%d.txt' % os.getpid()
with open(path, 'w') as f:
    print(repr(f).replace(path, 'P'), f.mode, f.name == path, f.writable(), f.readable(), f.seekable())
    print(f.write('hello\n'), f.write('wörld\n'), f.tell())
    print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode, f.line_buffering)
with open(path, 'a') as f:
    f.write('appended\n')
    print(f.tell())
with open(path) as f:
    print(f.read())
with open(path, 'r+') as f:
    print(repr(f.readline()), f.tell())
    f.seek(0)
    f.write('J')
    f.seek(0)
    print(repr(f.read(5)))
try:
    open(path, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == path)
os.remove(path)
with open(path, 'x') as f:
    f.write('new')
with open(path, 'rb') as f:
    print(repr(f).replace(path, 'P'), f.mode, f.read())
with open(path, 'ab') as f:
    print(f.write(b'!!'), f.tell())
with open(path, 'rb+') as f:
    print(type(f).__name__, f.read(2), f.tell())
    f.write(b'XY')
    f.seek(0)
    print(f.read())
    f.seek(-2, 2)
    print(f.read(), f.tell())
    print(f.truncate(3), f.seek(0), f.read())
with open(path, 'wb', buffering=0) as f:
    print(repr(f).replace(path, 'P'), f.write(b'raw'), f.closefd)
print(f.closed, repr(f))
fd = os.open(path, os.O_RDONLY)
with open(fd, 'rb', closefd=False) as f:
    print(f.read(), f.name == fd)
print(os.read(fd, 10))
os.close(fd)
for bad in ['rw', 'rr', 'z', 'rbt', 'b', '']:
    try:
        open(path, bad)
    except ValueError as e:
        print(repr(bad), e)
for kw in [dict(encoding='utf-8'), dict(errors='strict'), dict(newline='')]:
    try:
        open(path, 'rb', **kw)
    except ValueError as e:
        print(e)
try:
    open(path, 'r', buffering=0)
except ValueError as e:
    print(e)
try:
    open(path, 1)
except TypeError as e:
    print(e)
try:
    open(1.5)
except TypeError as e:
    print(e)
try:
    open(path, newline='x')
except ValueError as e:
    print(e)
os.remove(path)
try:
    open(path)
except FileNotFoundError as e:
    print(e.strerror, e.filename == path)
