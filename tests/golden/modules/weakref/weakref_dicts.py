import weakref, gc
class K:
    def __init__(self, n):
        self.n = n
wvd = weakref.WeakValueDictionary()
a, b = K(1), K(2)
wvd['a'] = a
wvd['b'] = b
print(sorted(wvd.keys()), wvd['a'].n)
del a
gc.collect()
print(sorted(wvd.keys()), 'a' in wvd)
wkd = weakref.WeakKeyDictionary()
k1, k2 = K(10), K(20)
wkd[k1] = 'one'
wkd[k2] = 'two'
print(len(wkd), wkd[k1])
del k2
gc.collect()
print(len(wkd), list(wkd.values()))
ws = weakref.WeakSet()
x = K(3)
ws.add(x)
print(len(ws), x in ws)
del x
gc.collect()
print(len(ws))
f = weakref.finalize(K(4), print, 'finalizer ran')
gc.collect()
print(f.alive)
