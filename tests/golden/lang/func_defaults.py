def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=9), f(a=0, c=1, b=2))
def g(x, acc=[]):
    acc.append(x)
    return acc
print(g(1), g(2))
print(g.__defaults__)
def h(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(h(1), h(2))
n = 5
def k(v=n):
    return v
n = 6
print(k())
print(f.__defaults__, f.__code__.co_argcount)
def kwd(*, a=1, b):
    return a, b
print(kwd(b=2), kwd.__kwdefaults__)
