from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(7), d.index(7), 3 in d, list(reversed(d)))
d.remove(7)
d.reverse()
print(d)
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, b.maxlen)
b.appendleft(-1)
print(b)
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
print(deque('abc') == deque('abc'), deque() == deque([]))
d.clear()
print(d, bool(d))
q = deque(range(5))
q[2] = 'mid'
del q[0]
print(q, q.copy(), deque([1, 2]) + deque([3]))
