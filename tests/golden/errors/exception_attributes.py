try:
    {}['missing']
except KeyError as e:
    print(e.args, e.__class__.__name__)
try:
    open('/nonexistent/dir/file.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(str(e))
e = OSError(2, 'No such file', 'f.txt')
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError('just msg')
print(e.errno, e.strerror, str(e))
try:
    import no_such_mod_qq
except ImportError as e:
    print(e.name, e.path, e.msg)
try:
    raise SystemExit(3)
except SystemExit as e:
    print('SystemExit code', e.code, e.args)
print(SystemExit().code, SystemExit('msg').code)
try:
    raise StopIteration(7)
except StopIteration as e:
    print('value', e.value)
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(u.encoding, u.object, u.start, u.end, u.reason)
print(str(u))
ex = Exception('x')
ex.custom = 5
print(ex.custom)
n = NameError('x', name='x')
print(n.name)
a = AttributeError('msg', name='attr', obj=None)
print(a.name, a.obj)
