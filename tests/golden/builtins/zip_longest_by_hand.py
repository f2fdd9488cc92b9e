def zip_longest(*its, fill=None):
    iters = [iter(i) for i in its]
    while True:
        row, alive = [], 0
        for it in iters:
            try:
                row.append(next(it))
                alive += 1
            except StopIteration:
                row.append(fill)
        if not alive:
            return
        yield tuple(row)
print(list(zip_longest('abc', [1, 2], fill='-')))
print(list(zip_longest([], [])), list(zip_longest('ab')))
print(list(zip('abc', [1, 2])), list(zip_longest(range(3), range(5), range(1))))
