import io, sys, os
buf = io.StringIO()
print('alpha', 'beta', sep=':', end=';', file=buf)
print(1, 2, 3, file=buf)
print(repr(buf.getvalue()))
path = '/tmp/pith_print_%d.txt' % os.getpid()
with open(path, 'w') as f:
    print('line', 1, file=f)
    print('line', 2, file=f, end='')
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
print(*['a', 'b'], sep='\n', file=sys.stdout)
print('flushed', flush=True)
