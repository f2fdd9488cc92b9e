l = ['a', 'b', 'c']
l.insert(-1, 'X')
print(l)
l.insert(-100, 'start')
print(l)
l.insert(1000, 'end')
print(l)
print(l[-1], l[-len(l)], l.index('X'), l.index('c', -3))
try:
    l.index('c', 0, 2)
except ValueError as e:
    print(type(e).__name__, e)
print(l.pop(-2), l)
l[-1] = 'last'
print(l)
del l[-1]
print(l, l[-2:], l[:-2])
