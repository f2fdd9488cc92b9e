# Error messages and protocol options.
import io
import pickle


def show(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])


lam = lambda: 1


def outer():
    def inner():
        pass
    return inner


show(lambda: pickle.dumps(lam))
show(lambda: pickle.dumps(outer()))
show(lambda: pickle.dumps(1, 6))
show(lambda: pickle.dumps(1, -1)[:2])
show(lambda: pickle.dumps(1, 4, buffer_callback=print))
show(lambda: pickle.loads(b''))
show(lambda: pickle.loads(b'\x80\x04\x95'))
show(lambda: pickle.loads(b'K'))
show(lambda: pickle.loads(b'\x80\x02X\x05\x00\x00\x00ab'))
show(lambda: pickle.loads(b'\xff'))
show(lambda: pickle.loads(b'z.'))
show(lambda: pickle.loads(b'h\x05.'))
show(lambda: pickle.loads(b'\x80\x09N.'))
show(lambda: pickle.loads(b'S\'x.'))
show(lambda: pickle.loads(b'Vab\\u1234\n.'))
show(lambda: pickle.loads(b"S'a\\nb'\n."))
show(lambda: pickle.loads(b"U\x03\xe9ab.", encoding='latin1'))
show(lambda: pickle.loads(b"U\x03\xe9ab.", encoding='bytes'))
show(lambda: pickle.loads(b"\x80\x02c__builtin__\nxrange\nK\x03\x85R."))
show(lambda: pickle.loads(b"\x80\x02cexceptions\nValueError\nX\x01\x00\x00\x00e\x85R."))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps(1) == pickle.dumps(1, 4))


class P(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('ext:'):
            return obj[4:]
        return None


class U(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded:' + pid


for proto in range(6):
    f = io.BytesIO()
    P(f, proto).dump(['ext:a', 'b'])
    print(proto, f.getvalue())
    f.seek(0)
    print(proto, U(f).load())


class R(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is show:
            return (str, ('replaced',))
        return NotImplemented


f = io.BytesIO()
R(f, 4).dump([show, 1])
print(pickle.loads(f.getvalue()))

f = io.BytesIO()
pickle.dump({'a': 1}, f, 2)
pickle.dump([2], f)
f.seek(0)
print(pickle.load(f), pickle.load(f))

bufs = []
data = pickle.dumps([pickle.PickleBuffer(bytearray(b'abc')), pickle.PickleBuffer(b'ro')], 5,
                    buffer_callback=bufs.append)
print(data, len(bufs))
print(pickle.loads(pickle.dumps(pickle.PickleBuffer(bytearray(b'in')), 5)))
show(lambda: pickle.loads(data))
