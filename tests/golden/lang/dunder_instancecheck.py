class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Duck(metaclass=Meta):
    pass
class Mallard:
    def quack(self):
        pass
print(isinstance(Mallard(), Duck), isinstance(1, Duck))
print(issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(3, (str, int)), isinstance(3, (str, (float, int))))
try:
    isinstance(3, 4)
except TypeError as e:
    print(type(e).__name__, e)
