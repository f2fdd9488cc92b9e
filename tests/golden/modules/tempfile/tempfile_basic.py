# tempfile: mkstemp, mkdtemp, TemporaryFile, NamedTemporaryFile, SpooledTemporaryFile, TemporaryDirectory.
import tempfile, os, shutil
print(tempfile.gettempdir() == tempfile.gettempdirb().decode(), tempfile.gettempprefix())
fd, path = tempfile.mkstemp(suffix='.x', prefix='pre'); print(os.path.basename(path).startswith('pre'), path.endswith('.x'), oct(os.stat(path).st_mode & 0o777)); os.close(fd); os.unlink(path)
d = tempfile.mkdtemp(); print(os.path.isdir(d), oct(os.stat(d).st_mode & 0o777)); os.rmdir(d)
with tempfile.TemporaryFile() as f:
    f.write(b'abc'); f.seek(0); print(f.read(), type(f.name))
with tempfile.NamedTemporaryFile('w+', suffix='.txt') as f:
    f.write('hello'); f.flush(); name = f.name; print(os.path.exists(name), open(name).read(), name.endswith('.txt'))
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile(delete=False); f.write(b'k'); f.close(); print(os.path.exists(f.name)); os.unlink(f.name)
with tempfile.TemporaryDirectory() as td:
    open(os.path.join(td, 'x'), 'w').close(); os.mkdir(os.path.join(td, 'y')); print(sorted(os.listdir(td)))
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(); print(repr(t).startswith('<TemporaryDirectory '), os.path.isdir(t.name)); t.cleanup(); print(os.path.exists(t.name))
s = tempfile.SpooledTemporaryFile(max_size=10)
s.write(b'12345'); print(s._rolled); s.write(b'1234567890'); print(s._rolled); s.seek(0); print(s.read())
s.close()
s = tempfile.SpooledTemporaryFile(mode='w+'); s.write('text'); s.seek(0); print(s.read()); s.close()
try:
    tempfile.mkstemp(prefix=b'x', suffix='y')
except TypeError as e:
    print(e)
fd, p = tempfile.mkstemp(prefix=b'bytes')
print(type(p), os.path.isabs(p))
os.close(fd)
os.unlink(p)
d = tempfile.mkdtemp(dir='.', prefix='local-')
print(os.path.isabs(d), os.path.basename(d).startswith('local-'))
os.rmdir(d)
