import io, os
path = '/tmp/pith_io_tell_%d.txt' % os.getpid()
with open(path, 'w', encoding='utf-8') as f:
    f.write('héllo\nwörld\n€uro\nlast')
with open(path, encoding='utf-8') as f:
    positions = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        positions.append((pos, line))
    print(positions)
    for pos, line in reversed(positions):
        f.seek(pos)
        print(pos, repr(f.readline()) == repr(line))
    f.seek(0)
    print(repr(f.read(3)), f.tell(), repr(f.read(4)), f.tell())
    print(f.seek(0, 2), repr(f.read()))
    try:
        f.seek(1, 1)
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
    try:
        f.seek(-1)
    except ValueError as e:
        print('ValueError', e)
    f.seek(0)
    for line in f:
        break
    try:
        f.tell()
    except OSError as e:
        print('OSError', e)
with open(path, encoding='latin-1') as f:
    print(repr(f.readline()), f.tell())
with open(path, 'rb') as f:
    t = io.TextIOWrapper(f, encoding='utf-8')
    print(t.read(2), t.tell(), t.encoding, t.errors)
    b = t.detach()
    print(b is f, b.tell() > 0)
    try:
        t.read()
    except ValueError as e:
        print(e)
with open(path, 'w', encoding='utf-16') as f:
    f.write('ab')
    f.write('cd')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='utf-16') as f:
    print(f.read())
with open(path, 'w', errors='replace', encoding='ascii') as f:
    f.write('añb')
with open(path, encoding='ascii', errors='replace') as f:
    print(repr(f.read()), f.errors)
with open(path, 'wb') as f:
    f.write(b'\xff\xfeok')
try:
    with open(path, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
with open(path, encoding='utf-8', errors='surrogateescape') as f:
    print(repr(f.read()))
os.remove(path)
