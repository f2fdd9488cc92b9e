import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto
print(enum.__all__)
class Color(Enum):
    RED = 1; GREEN = 2; BLUE = 3; CRIMSON = 1
print(repr(Color.RED), str(Color.RED), format(Color.RED), f'{Color.RED}', Color(1), Color['GREEN'], list(Color), len(Color), Color.CRIMSON is Color.RED)
print(Color.__members__, repr(Color), dir(Color), dir(Color.RED))
for f in [lambda: Color(7), lambda: Color['X'], lambda: Color.RED < Color.GREEN, lambda: setattr(Color, 'RED', 5), lambda: delattr(Color,'RED'), lambda: Enum('Q', 'A A')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
try:
    class D(Enum):
        A = 1
        A = 2
except Exception as e: print(type(e).__name__, e)
class P(Flag):
    R = 4; W = 2; X = 1
print(repr(P.R|P.W), str(P.R|P.W), repr(P(0)), str(P(0)), list(P.R|P.X), ~P.R, repr(~P.R), P(7), len(P.R|P.W), P.R in (P.R|P.W), bool(P(0)))
class IP(IntFlag):
    R = 4; W = 2; X = 1
print(repr(IP.R|IP.W), str(IP.R|IP.W), IP.R | 8, repr(IP.R|8), format(IP.R), IP(0), repr(~IP.R))
class N(IntEnum):
    A = 1; B = auto()
print(repr(N.B), str(N.B), format(N.B), N.A + 1, N.A == 1, f'{N.A:>4}')
class S(StrEnum):
    X = auto(); Y = 'yy'
print(repr(S.X), str(S.X), S.X == 'x', S.Y.upper(), format(S.Y))
A = Enum('A', 'x y z', start=10); print(list(A), A.__module__, repr(A.x))
try: P(8)
except Exception as e: print(type(e).__name__, e)
@enum.unique
class U(Enum):
    a = 1
try:
    @enum.unique
    class U2(Enum):
        a = 1; b = 1; c = 2; d = 2
except ValueError as e: print(e)
print(hash(Color.RED) == hash('RED'), Color.RED.name, Color.RED.value, Color.RED._name_, type(Color).__name__, enum.EnumMeta is enum.EnumType)
print(P.__members__, IP.__members__)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.MERCURY, Planet.MERCURY.value, Planet.MERCURY.mass)
print(Color.RED == 1, Color.RED != Color.GREEN, {Color.RED: 1}, sorted(Color, key=lambda c: c.value))
class F2(Flag):
    A = auto(); B = auto(); C = auto(); AB = A | B
print(list(F2), F2.__members__.keys(), repr(F2.AB), repr(F2.A|F2.B|F2.C), repr(F2(0)), F2.AB.name, (F2.A|F2.C).name)
class X(int, Enum):
    A = 1
print(format(X.A), str(X.A), f'{X.A:>5}', repr(X.A), X.A + 1)
class Y(str, Enum):
    A = 'a'
print(format(Y.A), str(Y.A), repr(Y.A))
class Z(Enum):
    A = 1
    def describe(self): return self.name
    @classmethod
    def cm(cls): pass
    _ignore_ = 'tmp'
    tmp = 5
print(dir(Z), dir(Z.A), f'{Z.A:>8}|', hasattr(Z, 'tmp'))
print(enum.bin(8), enum.bin(-3), enum.bin(5, 8))
class W(Flag, boundary=enum.CONFORM):
    A = 1; B = 2
print(W(7), W(-1), repr(W(4)))
class E(IntFlag):
    A = 1
print(repr(E(-1)), E(-1) , repr(E(0)), repr(~E.A), repr(E.A ^ 3))
try:
    class Bad(Enum):
        _foo_ = 1
except Exception as e: print(type(e).__name__, e)
class M(Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, v): 
        return cls.A if v == 'AA' else None
print(M('AA'))
try: M('zz')
except ValueError as e: print(e)
class C(Enum):
    A = auto(); B = auto(); C = 10; D = auto()
print(list(C))
print(Enum('Q', [('a', 5), ('b', 6)]), list(Enum('Q', {'a': 'x'})), Enum('T', 'a,b c', type=int).a + 1, repr(Enum('T2', 'a b', module='mymod')), Enum('T2', 'a b', module='mymod').__module__)
class FF(IntFlag):
    A = 1; B = 2
print(FF.A | FF.B, FF.A | 4, type(FF.A | 4), FF.A + 1, type(FF.A + 1), FF.A & 1, type(~FF.A))
class Ord(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
    def __lt__(self, o): return self.value < o.value
print(sorted([Ord.B, Ord.A]), Ord.A in Ord, isinstance(Ord.A, Ord), Ord.A.__class__.__name__)
class Shape(Enum):
    SQUARE = 2
    @property
    def sides(self): return 4
    @classmethod
    def default(cls): return cls.SQUARE
    @staticmethod
    def helper(): return 'h'
print(Shape.SQUARE.sides, Shape.default(), Shape.helper(), list(reversed(Color)), Color.__name__)
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self): return self.name, self.value
    def __str__(self): return 'my custom str! {0}'.format(self.value)
print(Mood.FUNKY.describe(), str(Mood.HAPPY), f'{Mood.HAPPY}')
class AutoName(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name
    NORTH = auto(); SOUTH = auto()
print(list(AutoName))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.RWX, repr(Perm.RWX), list(Perm.RWX), repr(Perm(5)), Perm.R in Perm.RWX, repr(Perm(0)), repr(Perm.R & Perm.W), repr(Perm(8)))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
class BaseM(Enum):
    def hello(self): return 'hi ' + self.name
class Sub(BaseM):
    Q = 1
print(Sub.Q.hello())
try:
    class Sub2(Sub): R = 2
except TypeError as e: print('TypeError', e)
print(enum.Enum.__members__, enum.IntEnum.__members__, repr(Flag), repr(IntFlag))
