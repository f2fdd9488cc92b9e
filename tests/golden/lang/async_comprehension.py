async def agen(n):
    for i in range(n):
        yield i
async def double(x):
    return x * 2
async def main():
    a = [x async for x in agen(5)]
    b = [await double(x) for x in range(3)]
    c = {x: await double(x) async for x in agen(3) if x}
    d = {x async for x in agen(3)}
    e = [y async for x in agen(3) for y in range(x)]
    return a, b, c, sorted(d), e
co = main()
try:
    co.send(None)
except StopIteration as ex:
    for part in ex.value:
        print(part)
