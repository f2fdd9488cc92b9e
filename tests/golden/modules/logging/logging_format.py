import logging, io

def run(fmt, style='%', **kw):
    buf = io.StringIO()
    h = logging.StreamHandler(buf)
    h.setFormatter(logging.Formatter(fmt, style=style, **kw))
    lg = logging.getLogger('fmt')
    lg.handlers[:] = [h]
    lg.propagate = False
    lg.setLevel(logging.DEBUG)
    lg.info('msg %s', 'arg')
    print(repr(buf.getvalue()))

run(None)
run('%(levelname)-8s:%(name)s:%(message)s')
run('{levelname}:{name}:{message:>10}', '{')
run('${levelname}:$name:${message}', '$')
run('%(levelno)d %(message)s %(foo)s', defaults={'foo': 'FOO'})
for bad, st in [('no fields', '%'), ('no fields', '{'), ('no fields', '$'), ('%(x)s', '?')]:
    try:
        logging.Formatter(bad, style=st)
    except ValueError as e:
        print('ValueError', e)
try:
    run('%(nosuch)s')
except ValueError as e:
    print('ValueError', e)
f = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
r = logging.makeLogRecord({'msg': 'hi', 'created': 0.0, 'msecs': 5})
print(f.usesTime(), len(f.formatTime(r, '%Y')), logging.Formatter().usesTime())
r = logging.LogRecord('n', 20, '/a/b/c.py', 7, 'x=%s', (5,), None, 'fn')
print(r, r.getMessage(), r.filename, r.module, r.levelname, r.funcName, r.exc_text)
r = logging.LogRecord('n', 20, '/a/b/c.py', 7, 'x=%(a)s', ({'a': 1},), None)
print(r.getMessage(), r.args)
# exceptions
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
lg = logging.getLogger('exc')
lg.addHandler(h)
lg.propagate = False
try:
    {}['k']
except KeyError:
    lg.exception('boom %d', 1)
try:
    1 / 0
except ZeroDivisionError as e:
    lg.error('again', exc_info=e)
out = buf.getvalue()
lines = out.splitlines()
print(lines[0], lines[1], lines[-1], len([l for l in lines if l.startswith('Traceback')]))
buf.truncate(0); buf.seek(0)
lg.warning('stack', stack_info=True)
print(buf.getvalue().splitlines()[:2])
