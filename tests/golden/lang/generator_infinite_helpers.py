def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def cycle(seq):
    while True:
        yield from seq
def take(n, it):
    return [x for _, x in zip(range(n), it)]
def islice(it, start, stop):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start:
            yield x
def chain(*its):
    for it in its:
        yield from it
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
print(take(5, count(10, 5)), take(7, cycle('ab')), list(islice(count(), 3, 8)))
print(list(chain([1], 'xy', range(2))), list(accumulate(range(1, 6))))
print(take(4, (x * x for x in count(1))), list(zip(count(1), 'abc')))
def repeat(x, n):
    for _ in range(n):
        yield x
print(list(repeat('z', 3)), sum(repeat(2, 50)))
