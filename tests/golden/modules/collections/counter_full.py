from collections import Counter
c = Counter('abracadabra')
print(c, c.most_common(2), c.most_common(0), c['z'], c.total(), sorted(c.elements()))
print(Counter(), Counter(a=1) + Counter(a=-3, b=2), -Counter(a=-1, b=1), +Counter(a=2, b=0, c=-1))
a, b = Counter(a=3, b=1, c=2), Counter(a=1, b=2, d=1)
print(a + b, a - b, a | b, a & b)
print(a == Counter(a=3, b=1, c=2, z=0), a <= a + b, a < a + b, a >= b, a > Counter(a=1))
c.subtract('aaaaaaz'); print(c)
c.update({'q': 3}); c.update(['q'], k=1); print(c)
d = Counter({'x': 1}); d += Counter(x=-5, y=2); print(d)
d -= Counter(y=1); d |= Counter(z=4); d &= Counter(z=2, y=9); print(d)
del c['zzz']; del c['q']; print(c)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
print(Counter({'a': 1, 'b': None}))
print(Counter('hello world').most_common(3), Counter([1, 1, 2]).copy())
class MyC(Counter):
    pass
print(MyC('aab'), type(MyC('a').copy()).__name__)
