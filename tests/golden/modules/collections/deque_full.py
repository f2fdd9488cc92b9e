from collections import deque
d = deque([1, 2], maxlen=3)
print(d, deque(), repr(deque('ab')), d.maxlen, deque().maxlen)
d.append(3); d.append(4); print(d)
d.appendleft(0); print(d)
d.extend([7, 8]); print(d); d.extendleft('ab'); print(d)
d = deque(range(10))
d.rotate(3); print(d); d.rotate(-5); print(d); d.rotate(0); d.rotate(23); print(d)
print(d[0], d[-1], d[4], len(d), 5 in d, 42 in d, d.count(3), d.index(3), d.index(3, 2, 9) if 3 in list(d)[2:9] else 'no')
d[0] = 'x'; del d[1]; print(d)
d.insert(2, 'ins'); d.insert(-1, 'end'); d.insert(100, 'far'); print(d)
d.remove('ins'); d.reverse(); print(d, list(reversed(d)))
print(d.pop(), d.popleft(), d)
e = d.copy(); e.clear(); print(e, d == d.copy(), d != e, deque([1, 2]) < deque([1, 3]), deque([1]) >= deque([1]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 3 * deque('a'), deque([1, 2], maxlen=3) * 3)
x = deque([1]); x += [2, 3]; x *= 2; print(x)
q = deque(maxlen=0); q.append(1); q.appendleft(2); print(q)
q = deque(maxlen=2); q.extend(range(10)); print(q); q.extendleft(range(5)); print(q)
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2), lambda: deque([1]).index(5),
          lambda: deque([1])[5], lambda: deque([1], 1).insert(0, 1), lambda: deque() + [1], lambda: deque(maxlen=-1),
          lambda: deque([1])['a']]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    hash(deque())
except TypeError:
    print('unhashable')
dd = deque([1, 2, 3])
try:
    for v in dd:
        dd.append(v)
except RuntimeError as e:
    print('RuntimeError', e)
r = deque([1]); r.append(r); print(r)
big = deque()
for i in range(1000):
    big.append(i); big.appendleft(-i)
for i in range(500):
    big.pop(); big.popleft()
print(len(big), big[0], big[-1], sum(big), list(big)[:3])
print(deque([3, 1, 2]) == deque([3, 1, 2]), deque([1]) == [1], bool(deque()), bool(deque([0])))
print(deque[int], type(deque()).__name__, deque.__module__)
import collections.abc
print(isinstance(deque(), collections.abc.MutableSequence), isinstance(deque(), collections.abc.Sequence))
