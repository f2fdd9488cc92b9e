class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et and issubclass(et, self.types):
            self.caught.append(repr(ev))
            return True
        return False
s = Suppress(KeyError, IndexError)
for action in [lambda: {}['a'], lambda: [][1], lambda: 'fine']:
    with s:
        print('result', action())
print(s.caught)
try:
    with Suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('propagated', e)
def f():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return 'after with'
print(f())
