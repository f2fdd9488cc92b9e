def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return 'zero'
    except ArithmeticError:
        return 'arith'
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except Exception as e:
        return 'generic ' + type(e).__name__
    except BaseException as e:
        return 'base ' + type(e).__name__
for exc in [ZeroDivisionError(), OverflowError(), KeyError(), IndexError(), ValueError(),
            KeyboardInterrupt(), SystemExit(), GeneratorExit()]:
    print(classify(exc))
err_types = (TypeError, ValueError)
try:
    int('x')
except err_types as e:
    print('dynamic tuple', type(e).__name__)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
