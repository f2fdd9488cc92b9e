class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a != a, a == b, a != b, a is a, a is b)
print(hash(a) == hash(a), hash(a) != hash(b) or True)
print(a.__eq__(b), a.__ne__(b), a.__eq__(a))
l = [a]
print(a in l, b in l, l.index(a), l.count(b))
d = {a: 1, b: 2}
print(d[a], d[b], len(d))
print(type(a).__name__, isinstance(a, object), Plain.__module__)
print(str(a) == repr(a), repr(a).startswith('<__main__.Plain object at '))
