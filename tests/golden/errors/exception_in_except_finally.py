def f():
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        raise KeyError('k')
    finally:
        print('finally runs before propagation')
try:
    g()
except KeyError as e:
    print('caught', e)
def h():
    try:
        1 / 0
    finally:
        raise RuntimeError('from finally')
try:
    h()
except RuntimeError as e:
    print(repr(e), type(e.__context__).__name__)
def nested_handlers():
    try:
        try:
            raise ValueError(1)
        except ValueError as e:
            try:
                raise KeyError(2)
            except KeyError as e2:
                return e2.__context__ is e
    except Exception:
        return 'no'
print(nested_handlers())
try:
    try:
        raise ValueError('a')
    except ValueError:
        pass
    raise KeyError('b')
except KeyError as e:
    print(e.__context__)
