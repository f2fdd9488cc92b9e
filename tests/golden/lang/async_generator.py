async def agen(n):
    for i in range(n):
        yield i * i
    print('agen done')
async def main():
    out = []
    async for v in agen(4):
        out.append(v)
    return out
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
g = agen(2)
print(type(g).__name__)
async def manual():
    it = g.__aiter__()
    a = await it.__anext__()
    b = await anext(it)
    try:
        await anext(it)
    except StopAsyncIteration:
        return a, b, 'stopped'
print(run(manual()))
async def with_default():
    it = agen(0)
    return await anext(it, 'dflt')
print(run(with_default()))
async def use_aiter():
    return [x async for x in aiter(agen(3))]
print(run(use_aiter()))
