a = [5, 2, 9, 1]
b = sorted(a)
r = a.sort()
print(r, a, b, a == b)
c = ['b', 'A', 'c']
c.sort(key=str.upper, reverse=True)
print(c)
d = [(2, 'x'), (1, 'y'), (2, 'a')]
d.sort()
print(d)
e = list(range(10))
e.sort(key=lambda n: n % 3)
print(e)
f = []
f.sort()
print(f, sorted(()), sorted(''), sorted({}))
g = [3, 1, 2]
print(sorted(g, reverse=True), list(reversed(g)), g[::-1], g)
