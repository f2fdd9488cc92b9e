import io
data = b'a\r\nb\rc\nd'
for nl in [None, '', '\n', '\r', '\r\n']:
    t = io.TextIOWrapper(io.BytesIO(data), encoding='ascii', newline=nl)
    print(repr(nl), t.readlines())
    t = io.TextIOWrapper(io.BytesIO(data), encoding='ascii', newline=nl)
    print(repr(nl), repr(t.read()), repr(t.read()))
    t = io.TextIOWrapper(io.BytesIO(data), encoding='ascii', newline=nl)
    print(repr(nl), [t.read(2) for i in range(5)])
for nl in [None, '', '\n', '\r', '\r\n']:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding='utf-8', newline=nl)
    t.write('x\ny\r\nz\r')
    t.flush()
    print(repr(nl), b.getvalue())
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
t = io.TextIOWrapper(io.BytesIO(b'x\r\ny\nz\r'), encoding='ascii')
t.read()
print(t.newlines)
big = ('line %d\r\n' % i for i in range(3000))
raw = ''.join(big).encode()
t = io.TextIOWrapper(io.BytesIO(raw), encoding='utf-8')
lines = t.readlines()
print(len(lines), lines[0], lines[-1], all(l.endswith('\n') and not l.endswith('\r\n') for l in lines))
t = io.TextIOWrapper(io.BytesIO(raw), encoding='utf-8', newline='')
lines = list(t)
print(len(lines), repr(lines[1234]))
