import types
def f(a, b=2, *args, c, d=4, **kw):
    "doc"
    x = a + b
    return x
code = f.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames[:6], f.__defaults__, f.__kwdefaults__)
print(isinstance(f, types.FunctionType), isinstance(print, types.BuiltinFunctionType))
print(isinstance(f.__code__, types.CodeType), f.__name__, f.__doc__)
g = types.FunctionType(f.__code__, {}, 'renamed', (10, 20))
print(g.__name__, g(1, c=0, d=5), g.__defaults__)
lam = lambda: None
print(lam.__name__, type(lam) is types.LambdaType, types.LambdaType is types.FunctionType)
