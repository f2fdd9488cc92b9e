class CM:
    def __init__(self, n, fail_enter=False):
        self.n = n
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError('enter failed ' + self.n)
        print('enter', self.n)
        return self
    def __exit__(self, *exc):
        print('exit', self.n, exc[0].__name__ if exc[0] else None)
        return False
with CM('a') as a, CM('b') as b, CM('c'):
    print('body', a.n, b.n)
try:
    with CM('a'), CM('b', fail_enter=True), CM('c'):
        print('not reached')
except RuntimeError as e:
    print('caught', e)
with (CM('p1') as p,
      CM('p2')):
    print('parenthesized', p.n)
try:
    with CM('o'):
        with CM('i'):
            raise ValueError
except ValueError:
    print('propagated')
