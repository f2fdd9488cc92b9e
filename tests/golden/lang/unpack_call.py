def f(a, b, c, d=4, **kw):
    return (a, b, c, d, sorted(kw.items()))
args = [1, 2]
print(f(*args, 3))
print(f(*[1], *[2, 3]))
print(f(*(1, 2, 3), d=9))
kw = {'c': 30, 'x': 'extra'}
print(f(1, 2, **kw))
print(f(**{'a': 1, 'b': 2, 'c': 3}, **{'y': 0}))
print(f(*'ab', c='C'))
def g(*args):
    return args
print(g(*range(4), *{5: 0}))
print(g())
try:
    f(1, 2, 3, **{'a': 5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
