o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(o, '__dict__'), str(o) == repr(o), bool(o))
class A:
    pass
a = A()
print(a.__eq__(a), a.__eq__(1), a.__ne__(1), a.__lt__(a))
print(object.__name__, object.__bases__, object.__mro__)
print(sorted(n for n in dir(object) if n in ('__init__', '__repr__', '__hash__', '__eq__', '__class__')))
print(A.__str__ is object.__str__, A.__hash__ is object.__hash__)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(object.__new__(A)).__name__)
print(a.__reduce_ex__ is not None, a.__sizeof__() > 0)
