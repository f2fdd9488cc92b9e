class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
d = {Key('Name'): 1}
print(d[Key('NAME')], Key('a') in {Key('A')})
print(len({Key('x'), Key('X'), Key('y')}))
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
class Default:
    pass
x = Default()
print(hash(x) == hash(x), x == x, x == Default())
class Explicit:
    __hash__ = None
try:
    {Explicit()}
except TypeError as e:
    print(type(e).__name__, e)
class ConstHash:
    def __hash__(self):
        return 42
print(hash(ConstHash()))
class Big:
    def __hash__(self):
        return 2 ** 100
print(hash(Big()) == hash(2 ** 100))
