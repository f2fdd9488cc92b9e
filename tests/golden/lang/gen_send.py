def accum():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
g = accum()
print(next(g))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
def echo():
    received = yield 'ready'
    while True:
        received = yield 'got ' + str(received)
e = echo()
print(e.send(None), e.send('a'), e.send('b'))
try:
    echo().send('x')
except TypeError as ex:
    print(type(ex).__name__, ex)
