class contextmanager:
    def __init__(self, genfn):
        self.genfn = genfn
    def __call__(self, *a, **k):
        return _GenCM(self.genfn(*a, **k))
class _GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError('generator did not stop')
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError('generator did not stop after throw')
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
@contextmanager
def ignoring(exc_type):
    try:
        yield
    except exc_type as e:
        print('ignored', type(e).__name__)
with tag('div') as t:
    with tag('p'):
        print('content', t)
with ignoring(KeyError):
    {}['missing']
try:
    with tag('span'):
        raise ValueError('escapes')
except ValueError as e:
    print('caught', e)
