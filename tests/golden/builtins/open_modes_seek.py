import os
path = '/tmp/pith_test_seek_%d.txt' % os.getpid()
with open(path, 'w+') as f:
    f.write('0123456789')
    f.seek(0)
    print(f.read(3), f.tell())
    f.seek(5)
    print(f.read())
with open(path, 'r+') as f:
    f.write('AB')
    f.seek(0)
    print(f.read())
with open(path, 'rb') as f:
    f.seek(-3, 2)
    print(f.read())
    f.seek(2)
    f.seek(2, 1)
    print(f.tell(), f.read(1))
try:
    open(path, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno)
with open(path, 'w', encoding='utf-8') as f:
    f.write('héllo\n')
with open(path, encoding='utf-8') as f:
    print(f.read(), end='')
with open(path, 'rb') as f:
    print(f.read())
try:
    open(path, 'q')
except ValueError as e:
    print(type(e).__name__, e)
os.remove(path)
print(os.path.exists(path))
