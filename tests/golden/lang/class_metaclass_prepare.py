class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('prepare', name)
        return {'injected': 'from prepare'}
    def __new__(mcls, name, bases, ns):
        ns['fields'] = [k for k in ns if not k.startswith('__') and k != 'injected']
        return super().__new__(mcls, name, bases, ns)
class Rec(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    mid = 3
print(Rec.fields, Rec.injected)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c2.v)
