import types
def f(): pass
def g(): yield
async def c(): pass
class K:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(K().m, types.MethodType), isinstance(g(), types.GeneratorType))
co = c()
print(isinstance(co, types.CoroutineType))
co.close()
print(isinstance(types, types.ModuleType), type(f.__code__) is types.CodeType)
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]))
print(types.NoneType is type(None), types.EllipsisType is type(...))
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), type(mp).__name__)
try:
    mp['k'] = 2
except TypeError as e:
    print(type(e).__name__, e)
m = types.ModuleType('mymod')
print(m.__name__, m.__doc__)
bound = types.MethodType(lambda self: 'bound ' + type(self).__name__, K())
print(bound())
Dyn = types.new_class('Dyn', (K,), {}, lambda ns: ns.update({'z': 26}))
print(Dyn.z, Dyn.__mro__[1].__name__)
