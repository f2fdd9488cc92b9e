import os.path as op
paths = ['/usr/local/lib/python3.11/site.py', 'relative/dir/file.tar.gz', '/', 'file', 'dir/', '/a//b///c']
for p in paths:
    head, tail = op.split(p)
    root, ext = op.splitext(p)
    print(repr(p), repr(head), repr(tail), repr(root), repr(ext), repr(op.join(head, tail)), repr(op.normpath(p)))
