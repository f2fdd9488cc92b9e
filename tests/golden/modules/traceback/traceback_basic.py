import io, os, sys
_real_stdout = sys.stdout
sys.stdout = io.StringIO()
import traceback, sys
def f(a):
    return a[10] + 1
def g():
    x = {'k': 1}
    return f([1]) * 2
def h(d):
    return d['key'] + d['other'] * 2
try:
    g()
except Exception as e:
    print(traceback.format_exc())
    print(traceback.format_exception_only(type(e), e))
    fs = traceback.extract_tb(e.__traceback__)
    print(fs, repr(fs[0]), fs[0].lineno, fs[0].colno, fs[0].end_colno, fs[0].line, len(fs[0]), list(fs[1]))
    print(traceback.format_tb(e.__traceback__)[-1], end='')
    print([(fr.f_code.co_name, ln) for fr, ln in traceback.walk_tb(e.__traceback__)])
try:
    h({'key': 1, 'other': None})
except TypeError:
    traceback.print_exc(file=sys.stdout)
try:
    h({'key': 'a', 'other': 3})
except TypeError:
    traceback.print_exc(file=sys.stdout)
try:
    try:
        1/0
    except ZeroDivisionError as e:
        raise KeyError('k') from e
except KeyError as e:
    print(''.join(traceback.format_exception(e)))
    print(''.join(traceback.format_exception(e, chain=False)))
try:
    try:
        {}['x']
    except KeyError:
        y = 1 + None
except TypeError as e:
    e.add_note('a note')
    e.add_note('second\nnote')
    traceback.print_exc(file=sys.stdout)
try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise RuntimeError('outer') from None
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
def r(n):
    return r(n - 1) if n else 1 / 0
try:
    r(20)
except ZeroDivisionError as e:
    traceback.print_exception(e, file=sys.stdout, limit=8)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout, limit=-2)
class MyErr(Exception):
    pass
print(traceback.format_exception_only(MyErr, MyErr('x')), traceback.format_exception_only(ValueError, ValueError()), traceback.format_exception_only(ValueError('v')))
try:
    compile('a b', 'fake.py', 'exec')
except SyntaxError as e:
    print(traceback.format_exception_only(e))
try:
    compile('x = (1,\n', 'fake2.py', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
def stack_here():
    return traceback.extract_stack()
st = stack_here()
print([(s.name, s.line) for s in st][-2:], traceback.format_stack()[-1], end='')
print(traceback.format_list([('file.py', 3, 'fn', 'x = 1'), ('other.py', 5, 'g', None)]))
te = None
try:
    int('zz')
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
print(list(te.format_exception_only()), te.exc_type.__name__, str(te), len(te.stack))
try:
    raise ExceptionGroup('group', [ValueError('a'), TypeError('b')])
except ExceptionGroup as e:
    traceback.print_exception(e, file=sys.stdout)
import os.path
try:
    os.path.join(1)
except TypeError:
    lines = traceback.format_exc().splitlines()
    print(lines[0], lines[-1])
_out = sys.stdout.getvalue()
sys.stdout = _real_stdout
_dir = os.path.dirname(os.path.abspath(__file__)) + os.sep
print(_out.replace(_dir, ''), end='')
