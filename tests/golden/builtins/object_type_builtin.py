print(object, type, type(object), type(type(1)))
o = object()
print(isinstance(o, object), type(o).__name__)
C = type('C', (object,), {'v': 1})
print(C.v, C.__name__, type(C()).__name__, type(C) is type)
print(type(int) is type, type(3.0).__name__, type(type).__name__)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
