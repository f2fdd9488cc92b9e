def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))
for call in [lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4),
             lambda: f(1, 2, 3), lambda: f(1, 2, 3, d=4, z=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
def h(*, only):
    return only
print(h(only='yes'))
try:
    h('no')
except TypeError as e:
    print(type(e).__name__, e)
