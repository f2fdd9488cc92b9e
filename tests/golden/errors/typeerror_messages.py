five = 5
cases = [
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: [1] + (1,),
    lambda: 1 < 'a',
    lambda: None + 1,
    lambda: -'x',
    lambda: ~1.5,
    lambda: len(5),
    lambda: five(),
    lambda: 'abc'[1.5],
    lambda: {}[[]],
    lambda: hash([]),
    lambda: int(None),
    lambda: 'x' * 'y',
    lambda: [] * 1.5,
    lambda: iter(42),
    lambda: (lambda a: a)(),
    lambda: (lambda a: a)(1, 2),
    lambda: (lambda: 0)(x=1),
    lambda: sorted(1),
    lambda: abs(),
    lambda: 'a'.join([1]),
    lambda: object() < object(),
    lambda: 1 @ 1,
    lambda: {1} + {2},
    lambda: 'abc'.startswith(1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
