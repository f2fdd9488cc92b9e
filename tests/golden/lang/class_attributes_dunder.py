class A:
    'doc'
    x = 1
    def m(self): pass
print(A.__name__, A.__module__, A.__doc__)
print(sorted(k for k in A.__dict__ if not k.startswith('__')))
print(A.__dict__['x'], type(A.__dict__).__name__)
a = A()
print(a.__class__ is A, a.__dict__)
a.__dict__['y'] = 2
print(a.y)
print(A.__base__, object.__bases__)
class B(A): pass
print(B.__base__.__name__, B.__mro__[1:])
print(type(A), type(type))
print(isinstance(A, type), isinstance(type, object), isinstance(object, type))
a.__class__ = B
print(type(a).__name__)
print(A.__init__ is object.__init__)
