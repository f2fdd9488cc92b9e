class Res:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print('aenter', self.name)
        return self.name + '!'
    async def __aexit__(self, et, ev, tb):
        print('aexit', self.name, et.__name__ if et else None)
        return True
class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    async with Res('r1') as v:
        print('inside', v)
    async with Res('r2'):
        raise ValueError('suppressed')
    total = 0
    async for x in ARange(4):
        total += x
    else:
        print('async for else')
    return total
c = main()
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
