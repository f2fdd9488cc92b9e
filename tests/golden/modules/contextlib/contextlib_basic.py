import contextlib, io, sys
from contextlib import contextmanager, ExitStack, suppress, redirect_stdout, redirect_stderr, closing, nullcontext
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('a') as v:
    print('body', v)
@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print('swallowed', e)
with swallow():
    raise ValueError('boom')
try:
    with swallow():
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
@contextmanager
def noyield():
    if False:
        yield
@contextmanager
def twice():
    yield
    yield
@contextmanager
def ignore_throw():
    try:
        yield
    except Exception:
        yield
for cm, exc in ((noyield, None), (twice, None), (ignore_throw, ValueError)):
    try:
        with cm():
            if exc:
                raise exc
    except RuntimeError as e:
        print('RuntimeError', e)
@tag('deco')
def decorated(x):
    print('inside', x)
    return x * 2
print(decorated(3), decorated(4))
@contextmanager
def reraise_stop():
    yield
try:
    with reraise_stop():
        raise StopIteration('si')
except StopIteration as e:
    print('StopIteration passed through', e)
with suppress(KeyError, IndexError):
    {}['x']
print('after suppress', suppress(ValueError).__exit__(None, None, None))
buf = io.StringIO()
with redirect_stdout(buf) as target:
    print('captured')
print(repr(buf.getvalue()), target is buf)
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write('oops')
print(repr(err.getvalue()))
class Res:
    def __init__(self, n): self.n = n
    def close(self): print('closed', self.n)
with closing(Res(1)) as r:
    print('using', r.n)
with nullcontext(42) as x:
    print('null', x)
with nullcontext() as x:
    print('null', x)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    r = stack.enter_context(tag('x'))
    print('entered', r)
    stack.push(lambda *exc: print('push exit', exc[0]))
with ExitStack() as stack:
    stack.push(lambda t, v, tb: True)
    raise ValueError('suppressed by stack')
print('after suppression')
def cleanup(name):
    print('cleanup', name)
with ExitStack() as outer:
    outer.callback(cleanup, 'a')
    moved = outer.pop_all()
print('outer done')
moved.close()
try:
    with ExitStack() as st:
        st.callback(lambda: 1 / 0)
        st.callback(lambda: {}['missing'])
        raise ValueError('original')
except ZeroDivisionError as e:
    c = e.__context__
    print('final', type(e).__name__, type(c).__name__, type(c.__context__).__name__, c.__context__)
try:
    ExitStack().enter_context(1)
except TypeError as e:
    print('TypeError', e)
class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print('CM exit')
with CM() as c:
    print(type(c).__name__)
class Dummy:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(issubclass(Dummy, contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager))
class Deco(contextlib.ContextDecorator):
    def __enter__(self): print('enter deco'); return self
    def __exit__(self, *exc): print('exit deco'); return False
@Deco()
def f():
    print('in f')
f()
import os
start = os.getcwd()
with contextlib.chdir('/'):
    print(os.getcwd())
print(os.getcwd() == start, contextlib.__all__)
