def shout(fn):
    def wrapper(*a, **k):
        return fn(*a, **k).upper()
    return wrapper
@shout
def greet(name):
    return 'hello ' + name
print(greet('bob'))
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def one():
    return 1
print(one())
def a(fn):
    return lambda: 'a(' + fn() + ')'
def b(fn):
    return lambda: 'b(' + fn() + ')'
@a
@b
def base():
    return 'x'
print(base())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def f1(): pass
@register
def f2(): pass
print(registry)
