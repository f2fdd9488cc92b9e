import logging, logging.handlers, io, os, queue

fn = '/tmp/pith_rot_%d.log' % os.getpid()
h = logging.handlers.RotatingFileHandler(fn, maxBytes=40, backupCount=2)
h.setFormatter(logging.Formatter('%(message)s'))
lg = logging.getLogger('rot')
lg.propagate = False
lg.addHandler(h)
for i in range(8):
    lg.warning('line number %d', i)
h.close()
for name in [fn, fn + '.1', fn + '.2', fn + '.3']:
    if os.path.exists(name):
        with open(name) as f:
            print(name[-2:], repr(f.read()))
        os.remove(name)
    else:
        print(name[-2:], 'missing')
buf = io.StringIO()
target = logging.StreamHandler(buf)
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
lg = logging.getLogger('mem')
lg.propagate = False
lg.addHandler(mh)
lg.warning('a'); lg.warning('b')
print(repr(buf.getvalue()), len(mh.buffer))
lg.warning('c')
print(repr(buf.getvalue()), len(mh.buffer))
lg.warning('d'); lg.error('e')
print(repr(buf.getvalue()))
lg.warning('f'); mh.close()
print(repr(buf.getvalue()))
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
lg = logging.getLogger('q')
lg.propagate = False
lg.addHandler(qh)
lg.warning('queued %s', 'x')
r = q.get_nowait()
print(r.msg, r.args, r.getMessage())
