class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.owner = owner.__name__
        self.name = name
class Model:
    a = Field()
    b = Field()
print(Model.a.name, Model.b.name, Model.a.owner)
class Late:
    pass
f = Field()
Late.c = f
print(hasattr(f, 'name'))
f.__set_name__(Late, 'c')
print(f.name)
