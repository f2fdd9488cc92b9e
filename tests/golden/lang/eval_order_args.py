log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, sorted(k.items())
f(v(1), v(2), k=v(3), j=v(4))
print(log)
log.clear()
d = {v('k1'): v('v1'), v('k2'): v('v2')}
print(log)
log.clear()
x = [v(1), v(2)][v(0)]
print(log, x)
log.clear()
v(1) + v(2) * v(3)
print(log)
log.clear()
obj = type('O', (), {})()
setattr(obj, 'a', 0)
obj.a = v(10)
print(log)
log.clear()
lst = [0, 0, 0]
lst[v(1)] = v('value')
print(log, lst)
log.clear()
v('a') if v(False) else v('b')
print(log)
