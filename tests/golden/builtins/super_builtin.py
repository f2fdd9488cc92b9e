class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B+' + super().who()
class C(A):
    def who(self):
        return 'C+' + super().who()
class D(B, C):
    def who(self):
        return 'D+' + super().who()
print(D().who(), super(B, D()).who(), super(D, D()).who())
s = super(B, B())
print(type(s).__name__)
class E(A):
    def get(self):
        f = lambda: super(E, self).who()
        return f()
print(E().get())
def outside():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)
outside()
class F(A):
    @staticmethod
    def s():
        return super(F, F).who(F())
print(F.s())
