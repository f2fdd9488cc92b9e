l = []
l.extend('ab')
l.extend((1, 2))
l.extend({'k': 0})
l.extend(range(2))
l.extend(x * 10 for x in (1, 2))
l.extend({5})
print(l)
l += 'cd'
print(l)
try:
    l.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    l = l + 'x'
except TypeError as e:
    print(type(e).__name__, e)
m = [1]
m.extend(m)
m.extend(m)
print(m)
n = [[0]]
n.extend(n)
n[0].append(1)
print(n)
