it = iter([])
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args, e.value)
def g():
    return 5
    yield
try:
    next(g())
except StopIteration as e:
    print(e.value, e.args)
def h():
    yield 1
    next(iter([]))
try:
    list(h())
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(map(lambda x: x, [])))
e = StopIteration()
print(e.value)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration('done')
print(list(It()))
