def reduce(fn, seq, init=None):
    it = iter(seq)
    acc = next(it) if init is None else init
    for x in it:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, ['a', 'b', 'c'], '>'))
print(list(map(lambda x: x ** 2, filter(lambda x: x % 3 == 0, range(20)))))
print(list(map(str.upper, ['a', 'b'])), list(map(len, 'one two three'.split())))
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(list(filter(str.isdigit, 'a1b2c3')), list(filter(lambda p: p[1], {'a': 0, 'b': 1}.items())))
print(sum(map(int, str(2 ** 100))), max(map(abs, [-7, 3, 5])))
m = map(print, ['lazy'])
print('before consume')
list(m)
print(list(map(int, ['1', '2'], [8, 16])))
