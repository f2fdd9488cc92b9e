a = list(range(10))
a[1::3] = ['x', 'y', 'z']
print(a)
b = list(range(10))
b[::-2] = [f'r{i}' for i in range(5)]
print(b)
c = list(range(10))
c[8:2:-3] = 'AB'
print(c)
d = list(range(5))
d[1:4:1] = []
print(d)
e = list(range(10))
del e[::3]
print(e)
del e[::-2]
print(e)
f = [1, 2, 3]
f[5:10] = [9]
print(f)
g = [1, 2, 3]
g[-100:1] = ['start']
print(g)
try:
    h = [1, 2, 3, 4]
    h[::2] = [1]
except ValueError as ex:
    print(type(ex).__name__, ex)
