class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key or cls.__name__.lower()] = cls
class CSV(Plugin, key='csv'):
    pass
class JSON(Plugin):
    pass
print(sorted(Plugin.registry))
print(Plugin.registry['csv'].__name__)
class Base:
    def __init_subclass__(cls):
        cls.tag = 'tagged-' + cls.__name__
class Sub(Base): pass
class SubSub(Sub): pass
print(Sub.tag, SubSub.tag)
print(hasattr(Base, 'tag'))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
