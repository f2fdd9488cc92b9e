import contextlib
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext
log = []
@asynccontextmanager
async def acm(name):
    log.append('enter ' + name)
    try:
        yield name
    except KeyError:
        log.append('caught in ' + name)
    finally:
        log.append('exit ' + name)
async def agen():
    try:
        yield 1
        yield 2
    finally:
        log.append('agen closed')
async def main():
    async with acm('a') as v:
        log.append('body ' + v)
    async with acm('b'):
        raise KeyError('x')
    async with AsyncExitStack() as stack:
        r = await stack.enter_async_context(acm('c'))
        stack.callback(log.append, 'sync cb')
        async def acb(x):
            log.append('async cb ' + x)
        stack.push_async_callback(acb, 'y')
        log.append('stack body ' + r)
    async with aclosing(agen()) as g:
        async for v in g:
            log.append('got %d' % v)
            break
    async with nullcontext('n') as n:
        log.append('null ' + n)
    try:
        await AsyncExitStack().enter_async_context(1)
    except TypeError as e:
        log.append(str(e))
    @acm('deco')
    async def decorated():
        log.append('in decorated')
        return 5
    log.append(await decorated())
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
run(main())
for line in log:
    print(line)
