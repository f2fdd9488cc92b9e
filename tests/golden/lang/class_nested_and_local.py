class Outer:
    class Inner:
        val = 'inner'
        def who(self):
            return type(self).__qualname__
    def make(self):
        return self.Inner()
print(Outer.Inner.val, Outer().make().who())
print(Outer.Inner.__qualname__)
def factory(n):
    class Local:
        size = n
        def __repr__(self):
            return f'Local(size={self.size})'
    return Local
L3, L5 = factory(3), factory(5)
print(L3(), L5(), L3 is L5)
print(L3.__qualname__)
x = 10
class UsesGlobal:
    y = x * 2
    z = [y]
print(UsesGlobal.y, UsesGlobal.z)
