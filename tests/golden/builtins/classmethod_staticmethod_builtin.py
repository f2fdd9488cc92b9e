class C:
    def f(cls, x):
        return cls.__name__, x
    f = classmethod(f)
    def g(x):
        return x * 2
    g = staticmethod(g)
print(C.f(1), C().f(2), C.g(3), C().g(4))
cm = C.__dict__['f']
sm = C.__dict__['g']
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(callable(sm), sm(5))
class D(C):
    pass
print(D.f(0))
