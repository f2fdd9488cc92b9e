# zip(strict=True) messages, enumerate with big starts, map/filter edge cases.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: list(zip([1, 2], [1], strict=True)))
show(lambda: list(zip([1], [1, 2], strict=True)))
show(lambda: list(zip([1], [1], [3, 4], strict=True)))
show(lambda: list(zip([1, 2], [1, 2], [3], strict=True)))
show(lambda: list(zip([1, 2], [3, 4], strict=True)))
show(lambda: zip([], x=1))
show(lambda: list(enumerate('ab', start=2**64)))
show(lambda: list(enumerate('ab', -3)))
show(lambda: enumerate())
show(lambda: enumerate([], 1, 2))
show(lambda: enumerate([], start='a'))
show(lambda: map(len))
show(lambda: list(map(lambda a, b: a * b, [1, 2, 3], 'xyz', )))
show(lambda: list(map(pow, [2, 3], [3, 2, 1])))
show(lambda: filter(None))
show(lambda: list(filter(bool, [0, 1, [], [0]])))
show(lambda: reversed(1))
show(lambda: reversed({1}))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())), list(iter(Seq())), reversed(Seq()).__length_hint__())
show(lambda: iter(len, 1, 2))
show(lambda: iter(1, 2))
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__(), list(it))
r = reversed([1, 2, 3])
print(r.__length_hint__(), list(r))
