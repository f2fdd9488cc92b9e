class O:
    cls_attr = 'c'
o = O()
setattr(o, 'x', 10)
print(getattr(o, 'x'), o.x, hasattr(o, 'x'), hasattr(o, 'y'), getattr(o, 'y', 'default'))
print(getattr(o, 'cls_attr'), getattr(O, 'cls_attr'))
delattr(o, 'x')
print(hasattr(o, 'x'))
try:
    getattr(o, 'x')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
setattr(o, 'with space', 1)
print(getattr(o, 'with space'), sorted(vars(o)))
print(getattr([], 'append').__name__, getattr(1, 'real'), hasattr('s', 'upper'))
setattr(O, 'added', lambda self: 'method added')
print(o.added())
try:
    setattr(1, 'x', 2)
except AttributeError as e:
    print(type(e).__name__, e)
