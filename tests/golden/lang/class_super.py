class Base:
    def __init__(self):
        self.log = ['Base']
    def hello(self):
        return 'Base.hello'
    @classmethod
    def make(cls):
        return 'made ' + cls.__name__
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Left')
    def hello(self):
        return 'Left>' + super().hello()
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Right')
    def hello(self):
        return 'Right>' + super().hello()
class Child(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append('Child')
    def hello(self):
        return 'Child>' + super().hello()
    @classmethod
    def make(cls):
        return 'Child:' + super().make()
c = Child()
print(c.log)
print(c.hello())
print(Child.make())
print(super(Left, c).hello())
print(super(Child, c).hello())
class S(str):
    def upper(self):
        return 'S:' + super().upper()
print(S('abc').upper())
