try:
    raise ValueError('x')
except ValueError as err:
    saved = err
print(type(saved).__name__, saved)
print('err' in dir())
def f():
    e = 'local'
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as ue:
        return 'unbound: ' + str(ue)
print(f())
errors = []
for exc in (KeyError, IndexError):
    try:
        raise exc('k')
    except LookupError as e:
        errors.append(e)
print([repr(e) for e in errors])
