it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'end'))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(type(iter('ab')).__name__, type(iter((1,))).__name__, type(iter({})).__name__, type(iter(range(2))).__name__)
vals = [5, 4, 0, 3]
pos = iter(vals)
print(list(iter(lambda: next(pos), 0)))
i2 = iter([1])
print(iter(i2) is i2)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
class Old:
    def __getitem__(self, i):
        if i < 3:
            return i * i
        raise IndexError(i)
print(list(iter(Old())))
d = {'a': 1, 'b': 2}
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))
