class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __isub__(self, other):
        self.items.remove(other)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Plain(self.v + o)
a = Acc()
orig = a
a += 1
a += 2
a -= 1
a *= 2
print(a.items, a is orig)
p = Plain(1)
q = p
p += 5
print(p.v, q.v, p is q)
class Weird:
    def __iadd__(self, o):
        return 'replaced'
w = Weird()
w += 1
print(w)
class NoIadd:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'fallback add'
n = NoIadd()
n += 1
print(n)
