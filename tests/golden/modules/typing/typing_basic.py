import typing as t
from typing import *
T = TypeVar('T'); K = TypeVar('K', bound=int); C = TypeVar('C', int, str, covariant=True)
print(T, K, C, repr(K.__bound__), C.__constraints__, repr(Any), repr(NoReturn), Never, Self, LiteralString, TypeAlias, ClassVar[int], Final[int], Literal[1, 'a'], Annotated[int, 'm'], Optional[int], Union[int, str], Union[int, None, str], Union[int], Optional[Union[int, str]])
print(List, List[int], Dict[str, List[T]], Tuple[int, ...], Tuple[()], Tuple, Callable[[int, str], bool], Callable[..., T], Callable, Type[int], Set[int], FrozenSet, Iterable[int], Mapping[str, int], DefaultDict[str, int], Counter[str], Deque[int], OrderedDict[str, int], Generator[int, None, None], Sequence[T][int], Dict[K, T][int, str])
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box[int](3).v, Box.__parameters__, Box[int].__origin__, Box[int].__args__, Box.__orig_bases__, Box[int](1).__orig_class__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]), get_origin(Literal[1]), get_args(Annotated[int, 'x']), get_origin(int), get_args(int), get_origin(int | str), get_args(Optional[int]))
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, repr(UserId))
class Pt(NamedTuple):
    x: int
    y: int = 0
    def dist(self): return self.x + self.y
print(Pt(1), Pt(1, 2).dist(), Pt._fields, Pt.__annotations__, Pt._field_defaults, isinstance(Pt(1), tuple))
Pt2 = NamedTuple('Pt2', [('a', int), ('b', str)]); print(Pt2(1, 'x'), Pt2.__annotations__, Pt2.__module__)
class Movie(TypedDict):
    name: str
    year: int
class M2(Movie, total=False):
    extra: str
print(Movie(name='x', year=1), sorted(Movie.__required_keys__), M2.__optional_keys__, M2.__total__, M2.__annotations__, type(Movie(name='a',year=1)))
TD = TypedDict('TD', {'a': int, 'b': str}, total=False); print(sorted(TD.__optional_keys__), TD(a=1), is_typeddict(TD), is_typeddict(dict))
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer), issubclass(F, Closer))
class NP(Protocol):
    def x(self): ...
for f in [lambda: isinstance(1, NP), lambda: isinstance(1, List[int]), lambda: NP(), lambda: isinstance(1, TD), lambda: Union[()], lambda: List[int, str], lambda: Generic[int], lambda: Box[int, str], lambda: Any(), lambda: isinstance(1, Any), lambda: Optional[int, str], lambda: Annotated[int], lambda: Callable[int], lambda: List()]:
    try: print(f())
    except TypeError as e: print('TypeError', e)
print(isinstance([], List), issubclass(list, Sequence), cast(int, 'x'), TYPE_CHECKING, isinstance(3, Union[int, str]), isinstance(3, Optional[str]))
def f(a: 'int', b: List['str'] = None) -> None: pass
print(get_type_hints(f))
class HasHints:
    a: int
    b: 'List[int]'
    c: Annotated[int, 'meta']
class Sub(HasHints):
    d: 'Optional[Sub]'
print(get_type_hints(HasHints), get_type_hints(HasHints, include_extras=True), get_type_hints(Sub))
print(Union[int, str] == Union[str, int], List[int] == List[int], hash(List[int]) == hash(List[int]), Optional[int] == Union[int, None], Literal[1,2] == Literal[2,1], List[int] == list[int])
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), Text, AnyStr, repr(Hashable), Sized, ForwardRef('x'), len(get_overloads(g)))
class Pair(Generic[K, T]):
    pass
class IntPair(Pair[int, T]):
    pass
print(IntPair.__parameters__, IntPair[str], Pair[int, str], IntPair.__mro__[1:], Pair[int, T][str])
class MyList(List[int]):
    pass
print(MyList.__mro__, MyList([1, 2]), int | List[int], List[int] | None)
print(SupportsInt, isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3.0, SupportsAbs))
P = ParamSpec('P'); print(P, P.args, P.kwargs, Callable[P, int], Concatenate[int, P])
print(get_args(Callable[..., int]), get_args(Tuple[int, ...]), get_args(Tuple[()]), get_origin(Tuple[int]), get_origin(Callable[[], int]))
print(t.__all__ == ['Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack'])
print(t.ContextManager, t.ContextManager[int], t.Required[int], t.TypeGuard[int], Literal[1, 1, True], Union[int, Union[str, float]], Union[List[int], None])
try:
    assert_never(5)
except AssertionError as e: print(e)
