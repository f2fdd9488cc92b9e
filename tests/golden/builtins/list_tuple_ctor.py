print(list(), list('ab'), list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}), list(x * 2 for x in [1]))
print(tuple(), tuple('ab'), tuple([1]), tuple({5: 0}), tuple(tuple((1, 2))))
l = [1, 2]
print(list(l) is l, tuple(t := (1,)) is t)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(None)
except TypeError as e:
    print(type(e).__name__, e)
