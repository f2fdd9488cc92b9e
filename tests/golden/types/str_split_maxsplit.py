s = 'a b  c   d'
for n in [-1, 0, 1, 2, 10]:
    print(n, s.split(maxsplit=n), s.rsplit(maxsplit=n), s.split(' ', n), s.rsplit(' ', n))
print('k=v=w'.split('=', 1), 'k=v=w'.rsplit('=', 1), '::a::b::'.split('::'), 'abcabc'.split('bc'))
print('1,2,3'.split(sep=','), ' x\ty\nz '.split(), 'no-sep'.split('-', 0))
