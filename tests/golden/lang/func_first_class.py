def square(x): return x * x
def cube(x): return x ** 3
def negate(x): return -x
table = {'sq': square, 'cube': cube, 'neg': negate}
print({name: fn(3) for name, fn in table.items()})
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
print(compose(square, negate)(4), compose(negate, square)(4), compose()(7))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(square, 3, 2), apply_n(lambda s: s + '!', 3, 'hi'))
def partial(fn, *pargs, **pkw):
    def p(*args, **kw):
        return fn(*pargs, *args, **{**pkw, **kw})
    return p
pow2 = partial(pow, 2)
print(pow2(10), partial(int, base=2)('1010'), partial(print, 'prefix:')('msg') is None)
print([f.__name__ for f in sorted([cube, square, negate], key=lambda f: f(2))], [f.__name__ for f in (square, cube)])
