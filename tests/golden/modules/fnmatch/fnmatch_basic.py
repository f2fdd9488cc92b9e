import fnmatch
names = ['a.py', 'b.txt', 'test_x.py', '.hidden', 'data[1].csv', 'A.PY', 'x', 'ab', 'abc', 'a-b', 'a]b', '[', 'a*b']
for pat in ['*.py', '?', '??', 'a*', '*', '[ab]*', '[!a]*', '[a-c]b*', 'data[[]1].csv', '*[]]*', '[', '[!]]*', 'a[*]b', '*.[tp][xy]*', '[z-a]*', 'a[-]b', 'test_?.py', '**.py']:
    print(repr(pat), fnmatch.filter(names, pat), fnmatch.fnmatchcase('A.PY', pat), fnmatch.fnmatch('A.PY', pat))
import re
for pat in ['*.py', '?x[a-c]', '[!ab]', 'a*b*c', '[', 'a.b+c']:
    rx = re.compile(fnmatch.translate(pat))
    print(pat, [n for n in names + ['x', 'axb', 'aXbYc', 'a.b+c', 'c'] if rx.match(n)] == [n for n in names + ['x', 'axb', 'aXbYc', 'a.b+c', 'c'] if fnmatch.fnmatchcase(n, pat)])
