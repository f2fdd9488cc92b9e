# slice objects: indices(), comparison, hashing and clamping of huge bounds.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(slice(None, 10, -3).indices(5), slice(1, 100).indices(10), slice(-100, -1).indices(10))
show(lambda: slice(1, 2, 0).indices(3))
show(lambda: slice(1, 2).indices(-1))
show(lambda: hash(slice(1)))
show(lambda: slice())
show(lambda: slice(1, 2, 3, 4))
print(slice(1) < slice(2), slice(1, 2) == slice(1, 2), slice(1, 2, None) != slice(1, 2, 1))
l = list(range(10))
print(l[10**30:], l[-10**30:3], l[::10**30], l[::-10**30], l[5:-10**30:-2])
show(lambda: l['a':])
show(lambda: l[::0])
l[::2] = 'abcde'; print(l)
show(lambda: l.__setitem__(slice(0, 4, 2), [1, 2, 3]))
show(lambda: l.__setitem__(slice(0, 4, 2), 5))
show(lambda: l.__setitem__(slice(0, 4), 5))
del l[::-3]; print(l)
t = tuple(range(8))
print(t[1:6:2], t[::-1], t[-3:], t[100:])
