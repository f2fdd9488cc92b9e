lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')))
print(list(lines))
import io
f = io.StringIO('chunk1chunk2chunk3')
print(list(iter(lambda: f.read(6), '')))
counter = iter(range(100))
print(list(iter(counter.__next__, 5)))
class Seq:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i
it = iter(Seq())
print(next(it), next(it), list(it))
try:
    iter(lambda: 1, 1, 1)
except TypeError as e:
    print(type(e).__name__, e)
