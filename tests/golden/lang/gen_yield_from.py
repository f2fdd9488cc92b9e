def inner():
    x = yield 'i1'
    print('inner got', x)
    yield 'i2'
    return 'inner result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield from [10, 20]
    yield from range(2)
    return 'outer done'
g = outer()
print(next(g))
print(g.send('sent'))
print(list(g))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def delegator():
    try:
        yield from thrower()
    except ValueError as e:
        yield 'delegator caught ' + str(e)
def thrower():
    yield 'a'
    raise ValueError('from thrower')
print(list(delegator()))
def catcher():
    try:
        yield 1
    except KeyError:
        yield 'inner handled'
d = (lambda: (yield from catcher()))()
next(d)
print(d.throw(KeyError))
