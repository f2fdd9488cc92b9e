a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
y += 1
print(x, y)
i = lst = None
lst = [0, 1, 2]
i = lst[i] = 1 if False else 2
print(i, lst)
p, q = r = 1, 2
print(p, q, r)
d = {}
d['a'] = d['b'] = 'same'
print(d)
first = second = iter(range(3))
print(next(first), next(second))
