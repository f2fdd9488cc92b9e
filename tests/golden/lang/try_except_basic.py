def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print('zero:', e)
        return None
    else:
        print('else branch')
        return r
    finally:
        print('finally', a, b)
print(div(1, 2))
print(div(1, 0))
try:
    int('x')
except (TypeError, ValueError) as e:
    print('tuple catch', type(e).__name__)
try:
    [][0]
except LookupError as e:
    print('base class catch', type(e).__name__)
try:
    {}['k']
except IndexError:
    print('wrong')
except KeyError as e:
    print('second clause', repr(e))
try:
    raise RuntimeError
except Exception as e:
    print('bare raise class', type(e).__name__, e.args)
try:
    1 / 0
except:
    print('bare except')
e = 'before'
try:
    raise ValueError('v')
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print('e deleted:', type(ne).__name__)
