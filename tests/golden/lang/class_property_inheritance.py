class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x
class Doubled(Base):
    @Base.v.getter
    def v(self):
        return self._v * 2
class ReadOnly(Base):
    @property
    def v(self):
        return 'ro'
d = Doubled()
d.v = 5
print(d.v, d._v)
r = ReadOnly()
print(r.v)
try:
    r.v = 3
except AttributeError as e:
    print(type(e).__name__, e)
class Computed:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
    perimeter = property(lambda self: 2 * (self.w + self.h), doc='perimeter')
c = Computed(3, 4)
print(c.area, c.perimeter, Computed.perimeter.__doc__)
c.w = 10
print(c.area)
