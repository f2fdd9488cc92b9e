# getpass: getuser from the environment; getpass falls back to stdin without a terminal.
import getpass, os, sys, io, warnings
print(getpass.getuser() == os.environ.get('LOGNAME', os.environ.get('USER', getpass.getuser())))
os.environ['LOGNAME'] = 'someone'
print(getpass.getuser())
err = io.StringIO()
sys.stdin = io.StringIO('secret\n')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(repr(getpass.fallback_getpass('Pw: ', err)))
print(repr(err.getvalue()), [str(x.message) for x in w], [x.category.__name__ for x in w])
print(issubclass(getpass.GetPassWarning, UserWarning))
