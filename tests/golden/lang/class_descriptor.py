class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}')
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'nondata'
class Person:
    name = Typed(str)
    age = Typed(int)
    nd = NonData()
p = Person()
p.name = 'Ann'
p.age = 30
print(p.name, p.age)
try:
    p.age = 'old'
except TypeError as e:
    print(type(e).__name__, e)
print(type(Person.name).__name__)
print(p.nd)
p.nd = 'instance wins'
print(p.nd)
p.__dict__['name'] = 'shadow'
print(p.name)
