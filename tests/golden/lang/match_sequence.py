def shape(seq):
    match seq:
        case []:
            return 'empty'
        case [x]:
            return f'one {x}'
        case [x, y]:
            return f'two {x} {y}'
        case [first, *rest] if len(rest) > 3:
            return f'long, first={first}, {len(rest)} more'
        case [first, *middle, last]:
            return f'first={first} middle={middle} last={last}'
for s in [[], [1], (1, 2), [1, 2, 3], list(range(6)), 'str']:
    print(shape(s) if not isinstance(s, str) else repr(shape(s)))
match (1, (2, 3)):
    case (a, (b, c)):
        print('nested', a, b, c)
match [1, [2, [3, 4]]]:
    case [_, [_, [_, d]]]:
        print('deep', d)
match 'abc':
    case [*chars]:
        print('string as seq?', chars)
    case str():
        print('strings are not sequences in match')
