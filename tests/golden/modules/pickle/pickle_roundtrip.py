# Round trips at every protocol: values, identity sharing, recursion, classes.
import pickle
import copyreg


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a = a
        self.b = b


class Both:
    __slots__ = ('s', '__dict__')


class KwNew:
    def __new__(cls, *, size):
        self = object.__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {'size': self.size}


class WithState:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'v': self.v * 2}

    def __setstate__(self, st):
        self.v = st['v'] // 2


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args, None, iter([1, 2]), iter([('k', 'v')]))

    def append(self, x):
        self.args += (x,)

    def __setitem__(self, k, v):
        self.args += ((k, v),)


class Registered:
    def __init__(self, n):
        self.n = n


copyreg.pickle(Registered, lambda r: (Registered, (r.n + 100,)))

values = [None, True, False, 0, -1, 2**100, -2**100, 1.25, 'text\u1234',
          b'bytes', bytearray(b'ba'), [1, [2]], (1, (2, 3)), {'k': {'n': 1}},
          {1, 2}, frozenset({3}), 3 - 4j, range(5), slice(None, 3, -1),
          len, dict.fromkeys, ValueError, type(None), ..., NotImplemented]
for proto in range(6):
    out = pickle.loads(pickle.dumps(values, proto))
    print(proto, out == values, [type(v).__name__ for v in out][:6])
    p = pickle.loads(pickle.dumps(Point(1, [2]), proto))
    print(proto, p)
    if proto >= 2:
        s = pickle.loads(pickle.dumps(Slotted(1, 'x'), proto))
        print(proto, s.a, s.b)
        b = Both()
        b.s = 5
        b.d = 6
        b2 = pickle.loads(pickle.dumps(b, proto))
        print(proto, b2.s, b2.d)
    k = pickle.loads(pickle.dumps(KwNew(size=7), proto))
    print(proto, type(k).__name__, k.size)
    w = pickle.loads(pickle.dumps(WithState(4), proto))
    print(proto, w.v)
    r = pickle.loads(pickle.dumps(Reduced(0), proto))
    print(proto, r.args)
    g = pickle.loads(pickle.dumps(Registered(1), proto))
    print(proto, g.n)
    shared = [1]
    a, b3 = pickle.loads(pickle.dumps([shared, shared], proto))
    print(proto, a is b3)
    rec = [1]
    rec.append(rec)
    r2 = pickle.loads(pickle.dumps(rec, proto))
    print(proto, r2[1] is r2)
    d = {}
    d['self'] = d
    d2 = pickle.loads(pickle.dumps(d, proto))
    print(proto, d2['self'] is d2)
    t = ([],)
    t[0].append(t)
    t2 = pickle.loads(pickle.dumps(t, proto))
    print(proto, t2[0][0] is t2)
    big = list(range(2500))
    print(proto, pickle.loads(pickle.dumps(big, proto)) == big)
    bigs = set(range(2500))
    print(proto, pickle.loads(pickle.dumps(bigs, proto)) == bigs)
    large = b'z' * 70000
    print(proto, pickle.loads(pickle.dumps([large, 'q' * 70000], proto)) == [large, 'q' * 70000])
    print(proto, pickle.loads(pickle.dumps(b'\x00\xfe', proto), encoding='bytes'))
