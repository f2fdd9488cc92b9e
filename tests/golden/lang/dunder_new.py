class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.v)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper('abc')
print(u, type(u).__name__, u + 'd', isinstance(u, str))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(Other())
class Tup(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
print(Tup(1, 2, 3), len(Tup(1)))
