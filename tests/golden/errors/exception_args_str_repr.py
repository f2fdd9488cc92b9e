e = ValueError('bad value', 42)
print(e.args, str(e), repr(e))
e1 = ValueError('only')
print(e1.args, str(e1), repr(e1))
e0 = ValueError()
print(e0.args, repr(str(e0)), repr(e0))
k = KeyError('key')
print(str(k), repr(k), KeyError().args)
print(str(KeyError('a', 'b')), str(IndexError(5)), repr(RuntimeError(None)))
class MyError(Exception):
    pass
m = MyError('custom', 1)
print(str(m), repr(m), m.args)
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
w = WithInit(404, 'not found')
print(w.code, str(w), w.args, repr(w))
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
print(str(WithStr('x')), repr(WithStr('x')))
e.args = ('replaced',)
print(str(e))
print(str(Exception('a', 'b', 'c')), repr(BaseException('q')))
