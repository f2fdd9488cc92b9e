import logging, io, sys

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(message)s|%(funcName)s|%(module)s|%(filename)s|%(lineno)d'))
root = logging.getLogger()
print(root, root is logging.root, logging.getLogger('root') is root)
a = logging.getLogger('app')
ab = logging.getLogger('app.b')
abc = logging.getLogger('app.b.c')
print(ab.parent is a, abc.parent is ab, a.parent is root)
x = logging.getLogger('x.y.z')
xy = logging.getLogger('x.y')
print(x.parent is xy, xy.parent is root)
a.addHandler(h)
a.setLevel(logging.INFO)
print(a, ab, abc, a.getEffectiveLevel(), abc.getEffectiveLevel())
def func():
    abc.debug('hidden')
    abc.info('hello %s %d', 'world', 3)
    ab.warning('dict %(k)s', {'k': 'v'})
    a.error('err')
    a.critical('crit')
    a.log(25, 'custom')
func()
ab.propagate = False
ab.error('not seen')
ab.propagate = True
print(buf.getvalue(), end='')
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(25), logging.getLevelName('FOO'))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
buf.truncate(0); buf.seek(0)
a.log(25, 'notice now')
print(buf.getvalue(), end='')
print(a.isEnabledFor(10), a.isEnabledFor(20), ab.hasHandlers(), logging.getLogger('zz').hasHandlers())
try:
    a.setLevel('BOGUS')
except ValueError as e:
    print('ValueError', e)
try:
    a.setLevel(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    a.log('x', 'm')
except TypeError as e:
    print('TypeError', e)
print(a.getChild('q').name, root.getChild('r').name)
print(repr(h), repr(logging.NullHandler()), logging.StreamHandler(sys.stdout))
