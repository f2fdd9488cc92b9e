import random
random.seed(42)
print(random.random(), random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.getrandbits(70))
r = random.Random(12345)
print([r.randrange(10) for _ in range(15)], r.choice('abcdefg'), r.uniform(1, 2))
items = list(range(20)); r.shuffle(items); print(items)
print(r.sample(range(100), 10), r.sample('abcdefgh', 3), r.sample(range(10000), 8), r.sample(['x', 'y'], 2, counts=[3, 2]))
print(r.choices('abc', k=5), r.choices('abc', weights=[10, 1, 1], k=6), r.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=4))
print(r.gauss(), r.gauss(5, 2), r.normalvariate(), r.normalvariate(10, 3), r.expovariate(1.5), r.triangular(0, 10, 3), r.lognormvariate(0, 1))
print(r.gammavariate(2.5, 1.0), r.gammavariate(0.5, 2.0), r.gammavariate(1.0, 3.0), r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 2), r.vonmisesvariate(1, 4))
print(r.randbytes(10), r.getrandbits(0), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(200))
for s in (0, 1, -5, 2 ** 100, 'hello', b'bytes', bytearray(b'ba'), 3.5, ''):
    r.seed(s)
    print(repr(s), r.random(), r.randrange(1000000))
r.seed('hello', version=1); print(r.random())
st = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(st); print(a == [r.random() for _ in range(3)], st[0], len(st[1]))
r2 = random.Random(); r2.setstate(st); print(r2.random() == a[0])
for f in [lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(1, 10, 0), lambda: r.randrange(10, 1, 2), lambda: r.choice([]), lambda: r.sample([1], 2), lambda: r.sample({1, 2}, 1), lambda: r.choices([1], [1, 2]), lambda: r.getrandbits(-1), lambda: r.randrange(3, step=2), lambda: r.seed([1]), lambda: r.choices([1, 2], 3), lambda: r.gammavariate(0, 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(random.randrange(1, 2), len(random.__all__))
big = random.Random(7)
print(big.randrange(10 ** 30), big.randint(-10 ** 20, 10 ** 20), big.random())
class MyRand(random.Random):
    def random(self):
        return 0.5
print(MyRand().randrange(10), MyRand().choice('abcd'))
