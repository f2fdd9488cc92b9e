e = ValueError('a', 'b')
print(e.args, str(e))
e.args = ('only',)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
class Coded(Exception):
    def __init__(self, code, *rest):
        super().__init__(code, *rest)
        self.code = code
    def __str__(self):
        return f'[{self.code}] ' + ' '.join(map(str, self.args[1:]))
c = Coded(404, 'not', 'found')
print(str(c), c.args, c.code, repr(c))
try:
    raise Coded(500, 'oops')
except Coded as x:
    print(x, x.code)
