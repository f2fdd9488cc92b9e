calls = []
class Box:
    def __init__(self):
        self.items = [10, 20]
    def __getitem__(self, i):
        calls.append(('get', i))
        return self.items[i]
    def __setitem__(self, i, v):
        calls.append(('set', i, v))
        self.items[i] = v
def idx():
    calls.append('idx')
    return 1
b = Box()
b[idx()] += 5
print(calls, b.items)
class A:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        calls.append('get x')
        return self._x
    @x.setter
    def x(self, v):
        calls.append(('set x', v))
        self._x = v
calls.clear()
a = A()
a.x += 1
a.x *= 3
print(calls, a.x)
