a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) > 0 or id(a) < 0)
o = object()
print(id(o) == id(o))
s = {id(x) for x in [a, c]}
print(len(s))
