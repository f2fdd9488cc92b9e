import os
os.environ['PITH_TEST_VAR'] = 'value1'
print(os.environ['PITH_TEST_VAR'], os.environ.get('PITH_TEST_VAR'), os.getenv('PITH_TEST_VAR'))
print(os.environ.get('PITH_SURELY_UNSET_VAR'), os.getenv('PITH_SURELY_UNSET_VAR', 'dflt'))
del os.environ['PITH_TEST_VAR']
print('PITH_TEST_VAR' in os.environ)
print(os.sep, os.pathsep, os.linesep == '\n', os.name, os.curdir, os.pardir)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getcwd() == os.path.abspath('.'))
print(os.path.basename(os.getcwd()))
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
print(type(os.urandom(4)).__name__, len(os.urandom(8)))
print(os.fspath('x/y'), callable(os.getenv))
try:
    os.environ['X'] = 1
except TypeError as e:
    print(type(e).__name__)
print(os.strerror(2))
