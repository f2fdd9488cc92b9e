import os
path = '/tmp/pith_test_open_%d.txt' % os.getpid()
with open(path, 'w') as f:
    n = f.write('line one\nline two\n')
    f.write('third')
print(n)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readline(), end='')
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip('\n'))
with open(path, 'a') as f:
    f.write('\nappended')
with open(path, 'r') as f:
    print(f.read().splitlines()[-1])
with open(path, 'rb') as f:
    data = f.read()
print(type(data).__name__, len(data), data[:8])
with open(path, 'wb') as f:
    f.write(b'\x00\x01bin')
with open(path, 'rb') as f:
    print(f.read(2), f.read())
f = open(path)
print(f.closed, f.mode, f.name == path)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
os.remove(path)
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
