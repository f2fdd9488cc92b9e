def resource(name):
    print('open', name)
    try:
        for i in range(3):
            yield f'{name}-{i}'
    finally:
        print('close', name)
for item in resource('a'):
    print(item)
for item in resource('b'):
    print(item)
    if item.endswith('0'):
        break
g = resource('c')
print(next(g))
del g
print('after del')
def with_return():
    try:
        yield 1
        return 'ret'
    finally:
        print('finally before StopIteration')
w = with_return()
next(w)
try:
    next(w)
except StopIteration as e:
    print('value', e.value)
