import abc
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f'{self.name()} {self.area()}'
print(sorted(Shape.__abstractmethods__), type(Shape).__name__, isinstance(Shape, ABCMeta))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print('TypeError', e)
class Sq(Half):
    def name(self): return 'sq'
print(Sq().describe(), Sq.__abstractmethods__, isinstance(Sq(), Shape), issubclass(Sq, Shape))
class Other:
    pass
Shape.register(Other)
print(issubclass(Other, Shape), isinstance(Other(), Shape), Shape.register(int) is int, issubclass(bool, Shape))
try:
    Shape.register(3)
except TypeError as e:
    print('TypeError', e)
class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return hasattr(C, 'quack')
        return NotImplemented
class D1:
    def quack(self): pass
print(issubclass(D1, Duck), issubclass(int, Duck), isinstance(D1(), Duck))
t1 = abc.get_cache_token()
@Duck.register
class D2: pass
print(abc.get_cache_token() != t1, issubclass(D2, Duck))
try:
    issubclass(3, Duck)
except TypeError as e:
    print('TypeError', e)
class P(ABC):
    @property
    @abstractmethod
    def x(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
print(sorted(P.__abstractmethods__))
class A2(ABC):
    @abstractmethod
    def f(self): ...
class B2(A2): pass
B2.f = lambda self: 1
abc.update_abstractmethods(B2)
print(B2().f(), A2.__abstractmethods__)
try:
    Duck.register(type)
    class Meta(Duck): pass
    Duck.register(Duck)
    print('ok')
except RuntimeError as e:
    print('RuntimeError', e)
try:
    Shape.register(object)
    print(issubclass(object, Shape))
    class S2(Shape): pass
    Sq.register(Shape)
except RuntimeError as e:
    print('RuntimeError', e)
print(ABC.__slots__, abc.abstractproperty.__isabstractmethod__)
