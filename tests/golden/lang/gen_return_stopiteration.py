def g():
    yield 1
    return 'value'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def bad():
    yield 1
    raise StopIteration('inside')
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def running():
    yield me.send(None) if False else 1
me = running()
print(next(me))
def self_next():
    yield next(sn)
sn = self_next()
try:
    next(sn)
except ValueError as e:
    print(type(e).__name__, e)
gen = (i for i in range(2))
print(gen.__name__, list(gen))
def gen_fn():
    yield
print(gen_fn.__name__, gen_fn().__name__, gen_fn().__qualname__)
