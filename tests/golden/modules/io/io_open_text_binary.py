import io, os
path = '/tmp/pith_io_%d.bin' % os.getpid()
with io.open(path, 'wb') as f:
    f.write(bytes(range(10)))
with open(path, 'rb') as f:
    print(f.read(3), f.tell(), f.seek(7), f.read(), f.read())
with open(path, 'rb', buffering=0) as f:
    print(type(f).__name__, f.read(2))
with open(path, 'rb') as f:
    print(type(f).__name__)
with open(path, 'r', encoding='latin-1') as f:
    print(type(f).__name__, len(f.read()))
with open(path, 'w', newline='\n') as f:
    f.write('a\nb\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path) as f:
    print(f.readlines(), f.name == path, f.encoding.lower().replace('-', ''))
os.remove(path)
print(io.DEFAULT_BUFFER_SIZE > 0, issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
