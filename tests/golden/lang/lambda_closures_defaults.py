ops = {
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    'max': lambda *xs: max(xs),
    'clamp': lambda x, lo=0, hi=10: max(lo, min(hi, x)),
}
print(ops['+'](2, 3), ops['-'](2, 3), ops['max'](4, 9, 1), ops['clamp'](15), ops['clamp'](-5), ops['clamp'](5, hi=3))
make_adder = lambda n: lambda x: x + n
add3 = make_adder(3)
print(add3(10), make_adder(-1)(0), (lambda: (lambda: 'deep')())())
counter = (lambda: (lambda c=[0]: (c.__setitem__(0, c[0] + 1), c[0])[1]))()
print(counter(), counter(), counter())
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(sorted(['b10', 'a2', 'a10', 'b1'], key=lambda s: (s[0], int(s[1:]))))
fns = [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in fns])
y = 5
g = lambda x: x + y
y = 100
print(g(1))
