def connect(host, port=80, *, timeout=10, secure=False, **extra):
    return f'{host}:{port} t={timeout} s={secure} extra={sorted(extra.items())}'
print(connect('a'))
print(connect('b', 443, secure=True))
print(connect(port=8080, host='c'))
print(connect('d', timeout=1, retries=3, verbose=True))
opts = {'timeout': 5, 'secure': True}
print(connect('e', **opts))
print(connect(*('f', 21), **{'x': 1}))
try:
    connect('g', 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    connect()
except TypeError as e:
    print(type(e).__name__, e)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
