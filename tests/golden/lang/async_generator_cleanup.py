class Step:
    def __await__(self):
        yield
async def agen():
    try:
        for i in range(5):
            await Step()
            yield i
    finally:
        print('agen finally')
def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
async def consume():
    out = []
    g = agen()
    async for v in g:
        out.append(v)
        if v == 2:
            break
    await g.aclose()
    return out
print(run(consume()))
async def full():
    return [v async for v in agen()]
print(run(full()))
async def thrower():
    g = agen()
    first = await g.__anext__()
    try:
        await g.athrow(KeyError('injected'))
    except KeyError as e:
        return first, repr(e)
print(run(thrower()))
