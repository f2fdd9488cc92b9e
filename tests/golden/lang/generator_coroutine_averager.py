def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)
coro = averager()
next(coro)
for v in [10, 20, 30, 45]:
    print(coro.send(v))
try:
    coro.send(None)
except StopIteration as e:
    print('result', e.value)
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in {'a': [1, 2, 3], 'b': [10, 30]}.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)
