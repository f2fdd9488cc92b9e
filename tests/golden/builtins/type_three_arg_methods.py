def init(self, name):
    self.name = name
def greet(self):
    return f'Hi, {self.name}'
Person = type('Person', (), {'__init__': init, 'greet': greet, 'species': 'human',
                             '__repr__': lambda self: f'Person({self.name!r})'})
p = Person('Ada')
print(p, p.greet(), p.species, Person.__name__, type(p).__name__)
Student = type('Student', (Person,), {'greet': lambda self: Person.greet(self) + ' (student)'})
s = Student('Bo')
print(s.greet(), isinstance(s, Person), Student.__mro__[1].__name__)
Counter = type('Counter', (), {'n': 0, 'inc': lambda self: setattr(self, 'n', self.n + 1) or self.n})
c = Counter()
print(c.inc(), c.inc(), Counter.n)
print(type('E', (Exception,), {})('boom').args, issubclass(type('E2', (ValueError,), {}), Exception))
