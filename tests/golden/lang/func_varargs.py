def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2))
print(f(a=1))
print(f(1, *[2, 3], b=2, **{'c': 3}))
def g(first, *rest, sep='-'):
    return sep.join([str(first)] + [str(r) for r in rest])
print(g(1), g(1, 2, 3), g(1, 2, sep='+'))
def h(**kw):
    kw['new'] = 1
    return kw
d = {'x': 0}
print(h(**d), d)
def count(*a):
    return len(a)
print(count(*range(100)))
print(type(f(1)[0]).__name__)
