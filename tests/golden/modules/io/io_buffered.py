import io, os
raw = io.BytesIO(b'line one\nline two\nline three\n' * 3)
r = io.BufferedReader(raw, buffer_size=16)
print(r.peek(1)[:1], r.read1(4), r.readline(), r.read(3), r.tell())
print(r.readlines())
r.seek(5)
print(r.read(3), r.seekable(), r.readable(), r.writable())
buf = bytearray(6)
print(r.readinto(buf), bytes(buf))
w_raw = io.BytesIO()
w = io.BufferedWriter(w_raw, buffer_size=8)
print(w.write(b'abc'), w_raw.getvalue(), w.tell())
print(w.write(b'0123456789'), w_raw.getvalue())
w.flush()
print(w_raw.getvalue())
rnd = io.BufferedRandom(io.BytesIO(b'0123456789'), 4)
print(rnd.read(2), rnd.write(b'ab'), rnd.tell())
rnd.seek(0)
print(rnd.read())
class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
rw = Raw(b'abcdefghij\nklm')
print(rw.read(5), rw.read(), rw.read())
rw = Raw(b'abc\ndef\n')
print(rw.readline(), list(rw))
br = io.BufferedReader(Raw(b'hello\nworld\n'))
print(br.read(), isinstance(br, io.BufferedIOBase), isinstance(rw, io.IOBase))
t = io.TextIOWrapper(io.BufferedReader(Raw('ünïcode\nlines\n'.encode())), encoding='utf-8')
print(t.readlines())
class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
u = Upper()
print('to upper', 42, file=u)
u.writelines(['a', 'b'])
print(u.parts, u.closed, u.readable())
with u:
    pass
print(u.closed)
try:
    u.write('x') if u.closed else None
    u.flush()
except ValueError as e:
    print('ValueError', e)
print(io.BytesIO(b'abc').read1(2), io.BytesIO(b'x\ny').readlines())
b = io.BytesIO(b'abc')
b.seek(10)
b.write(b'Z')
print(b.getvalue(), b.tell())
print(b.truncate(2), b.getvalue(), b.tell())
try:
    b.seek(-1)
except ValueError as e:
    print(e)
print(io.StringIO('x').read(None), io.BytesIO(b'ab').read(None))
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.TextIOWrapper, io.TextIOBase), isinstance(io.StringIO(), io.IOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
