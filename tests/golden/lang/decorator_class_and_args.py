def add_method(cls):
    cls.extra = lambda self: 'extra from ' + type(self).__name__
    return cls
@add_method
class A:
    pass
print(A().extra())
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls)
def with_name(fn):
    def wrapper():
        return fn()
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@with_name
def target():
    "target doc"
    return 1
print(target.__name__, target.__doc__)
@(lambda f: f)
def ident():
    return 'ident'
print(ident())
memo = {}
def memoize(fn):
    def w(n):
        if n not in memo:
            memo[n] = fn(n)
        return memo[n]
    return w
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
