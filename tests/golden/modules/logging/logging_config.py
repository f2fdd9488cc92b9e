import logging, io, sys, os

buf = io.StringIO()
logging.basicConfig(stream=buf, level=logging.DEBUG, format='%(name)s:%(levelname)s:%(message)s')
logging.debug('d'); logging.info('i %d', 1); logging.warning('w')
logging.getLogger('sub').info('from sub')
logging.basicConfig(stream=sys.stdout)  # no effect: root already has a handler
print(buf.getvalue(), end='')
logging.basicConfig(stream=sys.stdout, force=True, format='{levelname} {message}', style='{')
logging.error('to stdout')
logging.getLogger().setLevel(logging.WARNING)
logging.info('hidden')
for kw in [dict(stream=sys.stdout, filename='x'), dict(handlers=[], stream=sys.stdout), dict(style='!'), dict(bogus=1, other=2)]:
    try:
        logging.basicConfig(force=True, **kw)
    except ValueError as e:
        print('ValueError', e)
d = "/tmp"
fn = os.path.join(d, "pith_logtest_%d.txt" % os.getpid())
logging.basicConfig(filename=fn, filemode='w', force=True, level=logging.INFO, format='%(levelname)s %(message)s')
logging.info('to file')
logging.warning('again')
logging.shutdown()
with open(fn) as f:
    print(repr(f.read()))
h = logging.FileHandler(fn, delay=True)
print(h.stream is None, repr(h) == '<FileHandler %s (NOTSET)>' % fn)
h.close()
logging.basicConfig(stream=sys.stdout, force=True)
logging.warning('default fmt')
logging.disable(logging.WARNING)
logging.warning('disabled')
logging.error('shown')
logging.disable(logging.NOTSET)
logging.warning('back')
class F(logging.Filter):
    def filter(self, r):
        return 'secret' not in r.getMessage()
lg = logging.getLogger('flt')
lg.addFilter(F())
lg.warning('public'); lg.warning('secret')
h = logging.getLogger().handlers[0]
h.addFilter(logging.Filter('flt'))
lg.warning('passes'); logging.getLogger('flx').warning('blocked'); logging.getLogger('flt.child').warning('child passes')
h.addFilter(lambda r: r.levelno >= 40)
lg.warning('warn blocked'); lg.error('error passes')
f = logging.Filter('a.b')
mk = lambda n: logging.makeLogRecord({'name': n})
print([f.filter(mk(n)) for n in ['a.b', 'a.b.c', 'a.bc', 'a', 'x']])
lg = logging.getLogger('extra')
lg.warning('user=%s', 'u', extra={'user': 'bob'})
try:
    lg.warning('x', extra={'msg': 1})
except KeyError as e:
    print('KeyError', e)
ad = logging.LoggerAdapter(lg, {'k': 1})
ad.warning('adapted %s', 'ok')
print(ad)
os.remove(fn)
