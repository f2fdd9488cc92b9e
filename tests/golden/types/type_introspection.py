class Base:
    a = 1
    def f(self): return 'f'
class Child(Base):
    b = 2
print(Child.__name__, Child.__bases__[0].__name__, [k for k in Child.__dict__ if not k.startswith('__')])
print(hasattr(Child, 'a'), 'a' in Child.__dict__, getattr(Child, 'f')(Child()))
print(type(Child.f).__name__, type(Child().f).__name__, type(Base.__dict__['f']).__name__)
print(Child.mro() == list(Child.__mro__), isinstance(Child, type), type(Child()) is Child)
print(int.__name__, float.__mro__, issubclass(Child, object))
for t in (int, str, list, dict, tuple, set, bool, type(None), object, type):
    print(t.__name__, t.__base__.__name__ if t.__base__ else None)
