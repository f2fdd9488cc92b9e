class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['created_by'] = 'Meta'
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.via_meta = True
        return inst
    def describe(cls):
        return 'class ' + cls.__name__
class A(metaclass=Meta):
    def __init__(self, v):
        self.v = v
a = A(5)
print(a.v, a.via_meta, A.created_by, A.describe())
print(type(A).__name__, isinstance(A, Meta))
class B(A):
    pass
print(type(B).__name__, B.created_by)
Dyn = type('Dyn', (object,), {'x': 1, 'hi': lambda self: 'hi'})
print(Dyn.__name__, Dyn().x, Dyn().hi())
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
class KW(type):
    def __new__(m, name, bases, ns, **kw):
        c = super().__new__(m, name, bases, ns)
        c.opts = kw
        return c
class WithKw(metaclass=KW, flag=True):
    pass
print(WithKw.opts)
