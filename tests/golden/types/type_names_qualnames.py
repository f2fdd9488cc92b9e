class Outer:
    class Inner:
        def method(self):
            pass
    def f(self):
        class InF:
            pass
        return InF
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__, Outer().f().__qualname__, Outer.__module__)
print(int.__qualname__, dict.fromkeys.__qualname__, str.join.__qualname__, len.__qualname__)
def func():
    def nested():
        pass
    return nested
print(func.__qualname__, func().__qualname__, (lambda: 0).__qualname__)
print(repr(Outer).replace('__main__.', ''), repr(Outer.Inner).replace('__main__.', ''))
