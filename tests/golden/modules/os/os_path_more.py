import os
p = os.path
print(p.join('a', 'b', '', 'c'), p.join('/', 'etc'), p.join('x', ''), p.join('/a', 'b', '/c', 'd'))
print(p.split('/'), p.split('a/b/'), p.split(''), p.dirname('/a/b/'), p.basename('/a/b/'))
print(p.splitext('a.b.c'), p.splitext('/x.d/file'), p.splitext('..'), p.splitext('.a.b'))
print(p.normpath('a//b'), p.normpath('/../x'), p.normpath('./a/./b/.'), p.normpath('a/b/../../..'))
print(p.isabs(''), p.isabs('//x'), p.normcase('AbC'), p.splitdrive('/a/b'))
here = p.dirname(p.abspath(__file__))
print(p.basename(here), p.exists(p.join(here, 'os_path_more.py')), p.isfile(__file__))
print(p.getsize(__file__) > 100, p.isdir(here), p.islink(here))
print(p.relpath('/a/b', '/a/b'), p.relpath('/x/y', '/x/z/w'), p.commonpath(['/a/b/c', '/a/b/d', '/a/e']))
