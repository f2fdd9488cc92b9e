import array
a = array.array('d', [1.5, 2.5, 3.0])
print(sum(a), max(a), min(a), a.tolist(), [x * 2 for x in a])
b = array.array('i', range(5))
b.extend(array.array('i', [10, 20]))
print(b, b[-1], b.index(10), list(reversed(b))[:3])
c = array.array('I', [4294967295])
print(c[0], c.itemsize)
try:
    array.array('I', [-1])
except OverflowError as e:
    print(type(e).__name__, e)
print(array.array('b', [1, 2]) == array.array('b', [1, 2]), array.array('i', [1]) == array.array('d', [1.0]))
