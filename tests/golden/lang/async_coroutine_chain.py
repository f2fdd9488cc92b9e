class Tick:
    def __await__(self):
        value = yield 'tick'
        return value
async def leaf(n):
    got = await Tick()
    return n * got
async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return a + b
async def top():
    results = []
    for i in range(3):
        results.append(await middle(i))
    return results
def run(coro):
    ticks = 0
    send = None
    while True:
        try:
            y = coro.send(send)
        except StopIteration as e:
            return e.value, ticks
        ticks += 1
        send = ticks
print(run(top()))
async def raiser():
    await Tick()
    raise ValueError('deep failure')
async def catcher():
    try:
        await middle(0)
        await raiser()
    except ValueError as e:
        return f'caught {e}'
print(run(catcher()))
print(top.__name__, type(top()).__name__ if False else 'coroutine')
