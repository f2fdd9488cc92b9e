x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
del lst[:]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class O: pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
def f():
    v = 1
    del v
    return 'ok'
print(f())
try:
    del undefined_thing
except NameError as e:
    print(type(e).__name__, e)
