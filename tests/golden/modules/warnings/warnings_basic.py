import warnings, sys, io
print(warnings.__all__)
def show(msg, cat, filename, lineno, file=None, line=None):
    print('SHOW', cat.__name__, msg, filename.rsplit('/', 1)[-1], lineno, repr(line))
def f():
    warnings.warn('careful')
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    f()
    warnings.warn('dep', DeprecationWarning)
    warnings.warn(UserWarning('instance'))
    warnings.warn('up one', stacklevel=2)
print([(str(w.message), w.category.__name__, w.lineno) for w in log])
print(str(log[0])[:60])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', repr(e))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('repeated')
    print(len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once msg')
        warnings.warn('once msg')
    print(len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip')
    warnings.filterwarnings('ignore', category=SyntaxWarning)
    warnings.warn('skip this')
    warnings.warn('Skip this too')
    warnings.warn('keep this')
    warnings.warn('syntax', SyntaxWarning)
    print([str(w.message) for w in log])
old = warnings.showwarning
warnings.showwarning = show
try:
    with warnings.catch_warnings():
        warnings.simplefilter('always')
        warnings.warn('custom hook', FutureWarning)
finally:
    warnings.showwarning = old
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'x = 1  '), end='')
print(repr(warnings.formatwarning('msg', DeprecationWarning, 'nofile.py', 3, '')))
buf = io.StringIO()
warnings.showwarning('to buffer', UserWarning, 'a.py', 7, file=buf, line='code()')
print(repr(buf.getvalue()))
try:
    warnings.warn('x', 'notacategory')
except TypeError as e:
    print('TypeError', e)
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print('AssertionError', e)
print(warnings.filters[:5] == [f for f in warnings.filters[:5]], len(warnings.filters) >= 5)
with warnings.catch_warnings(action='ignore'):
    warnings.warn('ignored by action')
err = io.StringIO()
sys.stderr = err
warnings.warn('to stderr default')
warnings.warn('to stderr default')
def g():
    warnings.warn('from g', stacklevel=2)
g()
warnings.warn('deprecated in main', DeprecationWarning)
sys.stderr = sys.__stderr__
for line in err.getvalue().splitlines():
    print(line.replace(__file__, 'FILE').replace('warnings_basic.py', 'FILE'))
