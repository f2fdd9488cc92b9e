def f(a, b, *, c):
    pass
def g(x, y=1):
    pass
class K:
    def m(self, v):
        pass
cases = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3, d=4),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, x=2),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(),
    lambda: f(*1),
    lambda: f(**1),
    lambda: g(**{1: 2}),
    lambda: len(1, 2),
    lambda: int('1', 2, 3),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: K(1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
