print(max(3, 1, 2), min(3, 1, 2), max([4, 8, 1]), min('hello'), max('apple', 'banana'))
print(max([1, -5, 3], key=abs), min(['bb', 'a', 'ccc'], key=len), max([], default='empty'))
print(max([(1, 'b'), (1, 'a')]), min([[2], [1, 9]]), max(1, 2.5), min(True, 0))
print(max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get))
print(max([2, 2.0]), max([2.0, 2]), min([1, 1], key=lambda x: 0))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 'a'), lambda: max(1, 2, default=0)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max(range(10), key=lambda x: (x % 3, x)))
