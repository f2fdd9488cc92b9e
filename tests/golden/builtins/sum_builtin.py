print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([True, True]), sum(x * x for x in range(4)))
print(sum([1, 2], start=5), sum([2 ** 64, 2 ** 64]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
class V:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return V(o + self.v)
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
print(sum([V(1), V(2), V(3)]).v)
