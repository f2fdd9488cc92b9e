def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught in gen', e)
        yield 'recovered'
    finally:
        print('gen finally')
it = g()
print(next(it))
print(it.throw(ValueError('injected')))
try:
    next(it)
except StopIteration:
    print('stopped')
it2 = g()
next(it2)
it2.close()
print('closed')
try:
    next(it2)
except StopIteration:
    print('next after close -> StopIteration')
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'no'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def simple():
    yield 1
x = simple()
try:
    x.throw(KeyError('k'))
except KeyError as e:
    print('unstarted throw propagates', repr(e))
print(list(x))
