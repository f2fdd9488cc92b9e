class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountdownIter(self.n)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
print(sum(Countdown(4)), max(Countdown(5)))
it = iter(c)
print(next(it), next(it), next(it), next(it, 'done'))
class GenIter:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for x in self.items:
            yield x * 10
print(list(GenIter([1, 2, 3])))
a, b = GenIter([4, 5])
print(a, b)
print(sorted(Countdown(3)), tuple(Countdown(2)), set(Countdown(2)))
class Rev:
    def __reversed__(self):
        return iter('cba')
print(list(reversed(Rev())))
