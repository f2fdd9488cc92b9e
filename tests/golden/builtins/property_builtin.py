class C:
    def __init__(self):
        self._v = 0
    def getv(self):
        return self._v
    def setv(self, v):
        self._v = v * 2
    def delv(self):
        self._v = None
    v = property(getv, setv, delv, 'the v doc')
c = C()
c.v = 5
print(c.v, C.v.__doc__)
del c.v
print(c.v)
ro = property(lambda self: 1)
print(ro.fset, ro.fdel is None, ro.fget is not None)
p2 = ro.setter(lambda self, val: None)
print(p2.fset is not None, p2 is not ro)
class D:
    x = property()
try:
    D().x
except AttributeError as e:
    print(type(e).__name__, e)
