import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList
from dataclasses import dataclass, field
import types
data = {'name': 'pith', 'versions': list(range(30)), 'nested': {'a': [1, 2, {'b': (3, 4)}], 'z': None},
        'tuple': tuple('abcdefghijklmnopqrst'), 'set': set(range(25)), 'fs': frozenset({3, 1, 2}), 1: 'int key'}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=1)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=60)
print(pprint.pformat(list(range(40)), width=30, compact=True))
long_s = 'The quick brown fox jumps over the lazy dog. ' * 4
pprint.pprint(long_s)
pprint.pprint({'k': long_s, 'lines': 'line one\nline two\n' * 3})
pprint.pprint([b'0123456789' * 10, bytearray(b'abcdefgh' * 12)])
pprint.pprint(OrderedDict((str(i), i * 1111) for i in range(12)))
dd = defaultdict(list, {k: list(range(k)) for k in range(8)})
pprint.pprint(dd)
pprint.pprint(Counter('the quick brown fox jumps over the lazy dog' * 3))
pprint.pprint(ChainMap({'a': list(range(20))}, {'b': list(range(20))}))
pprint.pprint(deque(range(40), maxlen=50)); pprint.pprint(deque(range(40)))
pprint.pprint(UserDict({i: 'x' * i for i in range(10)})); pprint.pprint(UserList(range(40)))
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta='b' * 50, gamma={'x': 1}))
pprint.pprint(types.MappingProxyType({i: str(i) * 10 for i in range(8)}))
@dataclass
class Rec:
    name: str
    values: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)
pprint.pprint(Rec('a record with a long name', list(range(25))))
rec = [1, 2]; rec.append(rec)
print(pprint.pformat(rec).startswith('[1, 2, <Recursion on list with id='), pprint.saferepr(rec).startswith('[1, 2, <Recursion'))
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable({'a': 1}), pprint.isreadable(object()), pprint.saferepr({'b': 2, 'a': [1, (2,)]}))
pprint.pprint(12345678901234567890, underscore_numbers=True)
pprint.pp({'z': 1, 'a': 2})
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({'key%d' % i: [i] * i for i in range(6)})
print(pp.pformat((1,)), pp.pformat(()), pp.pformat((list(range(12)),)))
for bad in (lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(depth=0), lambda: pprint.PrettyPrinter(width=0)):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
pprint.pprint([[[[[[1]]]]]], depth=3)
pprint.pprint({1: {2: {3: 4}}}, depth=2)
pprint.pprint([{'a': 1, 'b': 2}] * 3, width=20)
pprint.pprint({'mixed': {1: 'a', 'b': 2, None: 3, (1, 2): 4}}, width=30)
