# pickle.dumps must produce CPython's exact bytes for deterministic objects.
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a = a
        self.b = b


class WithNewArgs(int):
    def __getnewargs__(self):
        return (int(self),)


class WithState:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'v': self.v * 2}

    def __setstate__(self, st):
        self.v = st['v'] // 2


class Outer:
    class Inner:
        pass


def top_function():
    return 1


shared = [1, 2]
objects = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1,
    -2**31, 2**31, -2**31 - 1, 2**64, -2**64, 2**1000, 1.5, -0.0, 1e300,
    float('inf'), 'abc', '', 'h\u00e9llo \u1234 \U0001f600', 'a\\b\nc\rd\0e\x1a',
    b'', b'abc', b'\x00\xff' * 10, bytearray(b''), bytearray(b'xyz'),
    [], [1, 2, 3], (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), {}, {'a': 1, 'b': [2]},
    {1, 2, 3}, frozenset(), frozenset({4}), set(), 1 + 2j, range(1, 10, 2),
    slice(1, 5, None), [shared, shared], (shared, shared, shared, shared),
    len, top_function, Point, Outer.Inner, ValueError, type(None), ...,
    NotImplemented, Point(1, 'two'), WithNewArgs(5), WithState(21),
    list(range(1200)), {i: i for i in range(5)}, dict.fromkeys,
    'x' * 300, b'y' * 300, ValueError('bad', 3),
]
for proto in range(6):
    for obj in objects:
        data = pickle.dumps(obj, proto)
        label = type(obj).__name__
        if isinstance(obj, (int, float, str, bytes, bytearray, tuple, list, set, frozenset, dict, complex, range, slice)):
            label = repr(obj)[:40]
        print(proto, label, data if len(data) < 200 else (len(data), data[:60], data[-40:]))
