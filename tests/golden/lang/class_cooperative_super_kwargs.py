class Base:
    def __init__(self, **kw):
        self.log = ['Base']
        if kw:
            raise TypeError(f'unexpected {sorted(kw)}')
class Named(Base):
    def __init__(self, name='?', **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append('Named')
class Aged(Base):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append('Aged')
class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append('Person')
p = Person(name='ann', age=30)
print(p.name, p.age, p.log)
print([c.__name__ for c in Person.__mro__])
try:
    Person(name='x', height=2)
except TypeError as e:
    print(type(e).__name__, e)
