import weakref, gc
log = []
class Obj:
    def __init__(self, n):
        self.n = n
def cb(ref):
    log.append(('callback', ref() is None))
objs = [Obj(i) for i in range(3)]
refs = [weakref.ref(o, cb) for o in objs]
print([r().n for r in refs])
del objs[1]
print(log, [r() is None for r in refs])
objs.clear()
gc.collect()
print(len(log), all(x[1] for x in log))
class Method:
    def m(self):
        return 'alive'
obj = Method()
wm = weakref.WeakMethod(obj.m)
print(wm()())
del obj
print(wm())
o = Obj(9)
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print(r1 == r2, r1 is r2, hash(r1) == hash(r2))
del o
print(r1 == r2, r1() is None)
