class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(100)
print(list(f), list(f), 55 in f, 56 in f, sum(f), len(list(f)))
class Chunks:
    def __init__(self, seq, n):
        self.seq, self.n = seq, n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.seq):
            raise StopIteration
        chunk = self.seq[self.i:self.i + self.n]
        self.i += self.n
        return chunk
c = Chunks('abcdefg', 3)
print(list(c), list(c))
print(dict(zip(Fib(10), 'abcdef')), sorted(Fib(30), reverse=True), min(Fib(30)))
print([x for x in Fib(50) if x % 2 == 0], tuple(enumerate(Fib(5))))
x, y, *z = Fib(40)
print(x, y, z)
