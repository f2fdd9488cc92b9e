async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('coroutine suspended')
print(run(main()))
c = add(1, 1)
print(type(c).__name__, add.__name__)
print(run(c))
import types
co2 = main()
print(isinstance(co2, types.CoroutineType))
co2.close()
co = main()
co.close()
print('closed ok')
try:
    run(c)
except RuntimeError as e:
    print(type(e).__name__, e)
