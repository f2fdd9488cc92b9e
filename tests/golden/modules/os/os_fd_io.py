import os
path = '/tmp/pith_fd_%d' % os.getpid()
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello fd'))
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
r, w = os.pipe()
os.write(w, b'through pipe')
os.close(w)
print(os.read(r, 100))
os.close(r)
os.unlink(path)
try:
    os.close(987654)
except OSError as e:
    print(type(e).__name__, e.errno)
