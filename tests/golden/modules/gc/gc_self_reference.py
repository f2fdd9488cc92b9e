import gc
import weakref
class Box:
    pass
b = Box()
b.me = b
w = weakref.ref(b)
del b
print(w() is not None)
gc.collect()
print(w())
l = []
l.append(l)
wl_holder = Box()
wl_holder.lst = l
wl_holder.self = wl_holder
wr = weakref.ref(wl_holder)
del l, wl_holder
gc.collect()
print(wr())
d = {}
d['d'] = d
del d
print(gc.collect() >= 1)
