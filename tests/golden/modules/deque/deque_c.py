from _collections import deque
d = deque()
for i in range(200):
    d.append(i)
    d.appendleft(-i)
print(len(d), d[0], d[-1], d[100], d[-100], sum(d))
d.rotate(57); print(d[0], d[-1]); d.rotate(-157); print(d[0], d[-1])
print(list(reversed(deque(range(130))))[:5], deque(range(130)).index(129), deque(range(70)).count(3))
r = deque(range(10)); del r[3]; del r[-1]; r.insert(5, 'x'); print(r)
r.reverse(); print(r, r.pop(), r.popleft())
x = deque('abc', maxlen=5); x.extendleft('de'); x.extend('fg'); print(x, x.maxlen)
print(deque([1, 2, 3]) * 0, deque([1]) * -1, deque('ab', 3) * 2)
y = deque([1, 2]); y *= 3; print(y); y += y; print(len(y))
class D(deque):
    pass
print(repr(D([1, 2])), repr(D([1], 4)), type(D([1]).copy()).__name__, D([1]) == deque([1]))
it = iter(deque([1, 2, 3])); print(next(it), it.__length_hint__(), list(it))
import copy
z = deque([[1], [2]], 5); z2 = copy.copy(z); z3 = copy.deepcopy(z)
print(z2, z3, z2.maxlen, z3[0] is z[0], z2[0] is z[0])
e = deque(range(5))
try:
    for v in e:
        e.pop()
except RuntimeError as err:
    print(err)
print(deque([1, 2]) != deque([1, 2]), deque([1, 2]) < deque([1, 2, 0]), deque() == deque())
print(bool(deque()), len(deque(maxlen=3)), deque(range(3)).__reduce__()[1])
q = deque(range(5)); q[-1] = 'last'; q[0] = 'first'; print(q)
try:
    q[10] = 1
except IndexError as err:
    print(err)
print(deque(maxlen=2) == deque(), deque('xyz').remove('y') is None)
