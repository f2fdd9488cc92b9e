print(dict(), dict(a=1), dict([(1, 2), (3, 4)]), dict({'x': 1}, y=2), dict(zip(range(3), 'abc')))
print(dict([['k', 'v']]), dict(((i, i * i) for i in range(3))), dict(dict(a=1)))
class Mapping:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()))
for bad in [lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: dict(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
