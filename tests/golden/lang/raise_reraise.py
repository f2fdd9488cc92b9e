def f():
    try:
        raise ValueError('orig')
    except ValueError:
        print('handling')
        raise
try:
    f()
except ValueError as e:
    print('reraised', e)
def g():
    try:
        raise KeyError('k')
    except KeyError as e:
        err = e
    raise err
try:
    g()
except KeyError as e:
    print('raised stored', repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
class MyErr(Exception):
    pass
try:
    raise MyErr
except MyErr as e:
    print(type(e).__name__, e.args)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
