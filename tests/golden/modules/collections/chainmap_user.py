from collections import ChainMap, UserDict, UserList, UserString, OrderedDict, defaultdict
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], len(cm), list(cm), 'c' in cm, cm.get('z', 0), dict(cm))
child = cm.new_child({'d': 4})
print(child, child.parents, child.maps[0], cm.new_child(e=5).maps[0])
child['a'] = 100; del child['d']; print(child.maps[0], base)
for f in [lambda: child.__delitem__('b'), lambda: ChainMap({}).popitem(), lambda: ChainMap({}).pop('x'), lambda: ChainMap()['m']]:
    try:
        f()
    except KeyError as e:
        print('KeyError', e)
print(ChainMap({'x': 1}) | {'y': 2}, {'y': 2} | ChainMap({'x': 1}), bool(ChainMap()), ChainMap.fromkeys('ab', 0))
u = UserDict(a=1); u['b'] = 2
print(u, len(u), u.data, 'a' in u, u | {'c': 3}, UserDict.fromkeys('xy'), u.copy(), u.get('q', 'dflt'))
class Missing(UserDict):
    def __missing__(self, k):
        return k * 2
print(Missing()['ab'])
ul = UserList([3, 1, 2]); ul.append(0); ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [8] + ul, ul * 2, ul == [0, 1, 2, 3], ul.index(2), ul.count(1), len(ul), ul.pop(), ul)
us = UserString('Hello')
print(us, repr(us), us.upper(), us + '!', us * 2, us[1:3], 'ell' in us, us.split('l'), len(us), us == 'Hello', us.replace('l', 'L'), us < 'Z', us.find('l'))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1) != OrderedDict(a=1))
o = OrderedDict.fromkeys('xyz', 0); print(o, list(reversed(o)), o | {'w': 1}, type(o.copy()).__name__)
o.setdefault('q', 9); print(o.pop('x'), o.pop('nope', 'd'), o)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
o2 = OrderedDict(a=1); o2['self'] = o2; print(o2)
dd = defaultdict(list); dd['a'].append(1); dd['b']
print(dd, defaultdict(), defaultdict(None, {1: 2}), dd.default_factory, dd.copy(), type(dd.copy()).__name__)
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError', e)
try:
    defaultdict()['k']
except KeyError as e:
    print('KeyError', e)
x = defaultdict(list); x[1] = x; print(x)
counts = defaultdict(int)
for w in 'the cat the dog the end'.split():
    counts[w] += 1
print(sorted(counts.items()), dd | {'z': 0}, defaultdict(int, a=1))
