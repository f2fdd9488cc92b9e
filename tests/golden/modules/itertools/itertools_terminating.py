import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([], initial=5)), list(it.accumulate([1, 2], initial=10)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([])))
print(list(it.chain('ab', [1, 2], ())), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress(data='abc', selectors=[0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a'])))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.pairwise('ABCD')), list(it.pairwise('A')))
print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby('AAAABBBCCD')], [(k, len(list(g))) for k, g in it.groupby(sorted('mississippi'))])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
gb = it.groupby('aabbc')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None)), list(it.islice('ABCDEFG', 0, None, 2)))
src = iter(range(20))
print(list(it.islice(src, 0, 10, 3)), next(src))
src = iter(range(20))
print(list(it.islice(src, 2, 5)), next(src), list(it.islice(src, 0)), next(src))
print(list(it.islice(range(10), None, None, None)), list(it.islice(range(10), 8, 100)))
a, b = it.tee([1, 2, 3])
print(next(a), list(b), list(a))
x, y, z = it.tee(iter('abc'), 3)
print(list(x), list(y), list(z), it.tee('a', 0))
a, b = it.tee(range(3))
c, d = it.tee(a)
print(list(c), list(d), list(b))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest([1], [])))
tests = [lambda: it.islice([], -1), lambda: it.islice([], 'a'), lambda: it.islice([], 1, 2, 0),
         lambda: it.islice([], 1, 2, 3, 4), lambda: it.islice([]), lambda: it.islice([], -2, 5),
         lambda: it.tee([], -1), lambda: it.starmap(), lambda: it.compress(), lambda: it.compress('a'),
         lambda: it.dropwhile(), lambda: it.filterfalse(), lambda: it.takewhile(max),
         lambda: it.zip_longest([], foo=1), lambda: list(it.chain(1)), lambda: it.accumulate(),
         lambda: it.pairwise(1), lambda: it.groupby(1), lambda: list(it.starmap(max, [1]))]
for t in tests:
    try:
        t()
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
