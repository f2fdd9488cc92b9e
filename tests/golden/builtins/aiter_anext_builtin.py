class AIt:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n
async def main():
    it = aiter(AIt())
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, 'default')
    try:
        await anext(it)
    except StopAsyncIteration:
        d = 'stop'
    return a, b, c, d
co = main()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
try:
    aiter([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    anext(iter([]))
except TypeError as e:
    print(type(e).__name__, e)
