import weakref, gc
class Obj:
    def __init__(self, v):
        self.v = v
o = Obj(5)
r = weakref.ref(o)
print(r() is o, r().v)
del o
print(r())
o2 = Obj(6)
events = []
r2 = weakref.ref(o2, lambda ref: events.append('callback'))
del o2
gc.collect()
print(events, r2())
try:
    weakref.ref(1)
except TypeError as e:
    print(type(e).__name__, e)
o3 = Obj(7)
p = weakref.proxy(o3)
print(p.v)
del o3
try:
    p.v
except ReferenceError as e:
    print(type(e).__name__, e)
o4 = Obj(8)
print(weakref.getweakrefcount(o4))
r4 = weakref.ref(o4)
print(weakref.getweakrefcount(o4), weakref.ref(o4) is r4)
