class Evens:
    def __contains__(self, x):
        print('contains', x)
        return x % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e)
class ByIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in ByIter(), 5 in ByIter())
class ByGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(20 in ByGetitem(), 25 in ByGetitem())
class Truthy:
    def __contains__(self, x):
        return 'nonempty'
print(1 in Truthy())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
