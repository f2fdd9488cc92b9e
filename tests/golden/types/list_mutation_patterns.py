l = [1, 2, 3, 4, 5, 6]
l = [x for x in l if x % 2]
print(l)
m = [1, 2, 2, 3, 2]
while 2 in m:
    m.remove(2)
print(m)
n = list(range(10))
for i in range(len(n) - 1, -1, -1):
    if n[i] % 3 == 0:
        del n[i]
print(n)
a = [1, 2]
a.extend(a)
print(a)
b = [[]] * 3
b[0].append('shared')
print(b)
c = [0] * 5
c[1:4] = [9]
print(c)
d = [3, 1, 2]
d[:] = sorted(d)
print(d)
e = list('hello')
e[0], e[-1] = e[-1], e[0]
print(''.join(e))
f = [1, 2, 3]
g = f[:]
g.append(4)
print(f, g)
