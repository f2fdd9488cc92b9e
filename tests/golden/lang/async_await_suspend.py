class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return f'{self.tag}->{got}'
async def worker(name, n):
    results = []
    for i in range(n):
        r = await Sleep(f'{name}{i}')
        results.append(r)
    return results
def drive(coro):
    value = None
    step = 0
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value
        print('yielded', yielded)
        step += 1
        value = step
print(drive(worker('w', 3)))
def round_robin(coros):
    pending = [(c, None) for c in coros]
    results = {}
    while pending:
        c, val = pending.pop(0)
        try:
            y = c.send(val)
            print('tick', y)
            pending.append((c, y.upper()))
        except StopIteration as e:
            results[c.__name__] = e.value
    return results
print(round_robin([worker('a', 2), worker('b', 1)]))
