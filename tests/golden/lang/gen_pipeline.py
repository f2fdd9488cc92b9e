def read(lines):
    for ln in lines:
        yield ln
def strip(it):
    for s in it:
        yield s.strip()
def nonempty(it):
    return (s for s in it if s)
def numbered(it):
    for i, s in enumerate(it, 1):
        yield f'{i}: {s}'
src = ['  alpha ', '', 'beta', '   ', ' gamma']
for line in numbered(nonempty(strip(read(src)))):
    print(line)
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    for n in naturals():
        if n > 1 and all(n % p for p in range(2, int(n ** 0.5) + 1)):
            yield n
print(list(take(10, primes())))
def window(it, k):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)
print(list(window(range(6), 3)))
