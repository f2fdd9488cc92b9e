try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)
    print(type(e.__context__).__name__)
try:
    try:
        {}['x']
    except KeyError:
        raise TypeError('during handling')
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('no context') from None
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise OSError('plain')
except OSError as e:
    print(e.__cause__, e.__context__, e.__traceback__ is not None)
e = ValueError('fresh')
print(e.__traceback__, e.__cause__, e.__context__)
try:
    raise ValueError('x') from KeyError('y')
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError('x') from 5
except TypeError as e:
    print(type(e).__name__, e)
