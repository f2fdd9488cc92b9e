def gen():
    print('start')
    yield 1
    print('middle')
    yield 2
    print('end')
g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(5)), sum(squares(4)))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
print([next(it) for _ in range(5)])
def empty():
    return
    yield
print(list(empty()))
print(list(x for x in squares(3)))
