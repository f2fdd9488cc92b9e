class Yield:
    def __await__(self):
        yield 'pause'
async def failing():
    await Yield()
    raise KeyError('inside coro')
async def catcher():
    try:
        await failing()
    except KeyError as e:
        return 'caught ' + repr(e)
c = catcher()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def waiter():
    try:
        await Yield()
    except ValueError as e:
        return 'thrown in: ' + str(e)
w = waiter()
w.send(None)
try:
    w.throw(ValueError('injected'))
except StopIteration as e:
    print(e.value)
async def not_awaitable():
    await 5
try:
    not_awaitable().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def simple():
    return 1
s = simple()
try:
    s.send(None)
except StopIteration:
    pass
try:
    s.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
