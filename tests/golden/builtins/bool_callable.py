print(bool(), bool(1), bool('x'), bool([]), bool(bool))
print(callable(len), callable(print), callable(1), callable('s'), callable(str), callable(lambda: 0))
class C:
    def method(self): pass
    def __call__(self): pass
class D: pass
print(callable(C), callable(C()), callable(D()), callable(C().method), callable(None))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
