print(ascii('abc'), ascii('é'), ascii('日本'), ascii('😀'), ascii(['ü', 1]), ascii(b'\xff'))
print(repr('abc'), repr(1), repr(1.0), repr([1, 'a']), repr({'k': (1,)}), repr(None))
print(repr(repr('x')), ascii('\n'), ascii("'"))
class R:
    def __repr__(self):
        return 'Rë'
print(ascii(R()), repr(R()))
