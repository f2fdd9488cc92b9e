import dataclasses, typing
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, KW_ONLY, FrozenInstanceError
print(dataclasses.__all__)
@dataclass
class P:
    x: int
    y: list = field(default_factory=list)
    z: 'str' = 'a'
    w: typing.List[int] = None
    c: typing.ClassVar[int] = 3
    iv: InitVar[int] = 0
    def __post_init__(self, iv):
        self.total = self.x + iv
p = P(1, iv=5)
print(P.__doc__, repr(p), p.total, P.__init__.__qualname__, P.__init__.__annotations__, P.__match_args__)
print([f.name for f in fields(P)], fields(P)[1].default_factory is list, fields(p)[0].type, P.c, 'c' in P.__dataclass_fields__)
print(repr(field(default=1)).split(',')[2], InitVar[int], dataclasses.MISSING is not None, is_dataclass(P), is_dataclass(p), is_dataclass(int))
print(p == P(1, iv=5), p == P(2), p != P(1), P.__hash__)
for f in [lambda: fields(1), lambda: asdict(P), lambda: replace(1), lambda: field(default=1, default_factory=list), lambda: P()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    @dataclass
    class B:
        x: int = 0
        y: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class C:
        x: list = []
except ValueError as e:
    print('ValueError', e)
@dataclass(frozen=True)
class F:
    a: int
    b: str = 'b'
f = F(1)
for act in (lambda: setattr(f, 'a', 2), lambda: delattr(f, 'b'), lambda: setattr(f, 'new', 1)):
    try:
        act()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(hash(F(1)) == hash((1, 'b')), F.__dataclass_params__, replace(f, b='z'), f)
@dataclass(order=True)
class V:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False, repr=False)
print(sorted([V(1, 2), V(0, 5), V(1, 0, 'x')]), V(1) < V(1, 1), V(2) >= V(1, 9), V(1, label='a') == V(1, label='b'))
try:
    V(1) < 3
except TypeError as e:
    print('TypeError', e)
@dataclass
class Inner:
    n: int
    tags: tuple = ()
@dataclass
class Outer:
    name: str
    inner: Inner
    items: list = field(default_factory=list)
    mapping: dict = field(default_factory=dict)
o = Outer('o', Inner(1, ('t',)), [Inner(2)], {'k': Inner(3)})
print(asdict(o))
print(astuple(o))
print(asdict(o, dict_factory=lambda kv: sorted(kv)))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K.__init__.__kwdefaults__, K.__doc__)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(K2(1, b=2), K2.__match_args__, K2.__doc__)
@dataclass
class M:
    a: int = field(default=0, metadata={'unit': 'm'}, repr=False, hash=True)
    b: int = field(default=1, init=False)
print(M(), fields(M)[0].metadata['unit'], M(5).b, M.__doc__)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class UH:
    a: int
print(hash(UH(3)) == hash((3,)))
@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: int = 2
    x: int = 10
print(Derived(), Derived(y=5), [f.name for f in fields(Derived)])
@dataclass(slots=True)
class S:
    a: int
    b: int = 0
s = S(1)
print(S.__slots__, s, hasattr(s, '__dict__'))
@dataclass
class Node:
    val: int
    nxt: 'Node' = None
n = Node(1); n.nxt = n
print(repr(n))
D = dataclasses.make_dataclass('D', ['a', ('b', int), ('c', int, field(default=5))], namespace={'double': lambda self: self.c * 2})
print(D(1, 2), D(1, 2).double(), D.__doc__)
class NotDC:
    pass
@dataclass
class WithMethods:
    a: int
    def __repr__(self):
        return 'custom'
print(WithMethods(1))
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty))
