try:
    e = ValueError('base')
    e.add_note('first note')
    e.add_note('second note')
    raise e
except ValueError as err:
    print(err.__notes__)
e2 = TypeError('t')
print(hasattr(e2, '__notes__'))
try:
    e2.add_note(42)
except TypeError as x:
    print(type(x).__name__, x)
