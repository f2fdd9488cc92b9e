class Expr:
    def __add__(self, o):
        return Add(self, wrap(o))

    def __radd__(self, o):
        return Add(wrap(o), self)

    def __mul__(self, o):
        return Mul(self, wrap(o))

    def __rmul__(self, o):
        return Mul(wrap(o), self)

    def __sub__(self, o):
        return Add(self, Mul(Const(-1), wrap(o)))

    def __pow__(self, n):
        return Pow(self, n)


def wrap(x):
    return x if isinstance(x, Expr) else Const(x)


class Const(Expr):
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v

    def diff(self, var):
        return Const(0)

    def __repr__(self):
        return str(self.v)


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        try:
            return env[self.name]
        except KeyError:
            raise NameError(f'unbound variable {self.name}') from None

    def diff(self, var):
        return Const(1 if var == self.name else 0)

    def __repr__(self):
        return self.name


class BinOp(Expr):
    sym = '?'

    def __init__(self, a, b):
        self.a, self.b = a, b

    def __repr__(self):
        return f'({self.a!r} {self.sym} {self.b!r})'


class Add(BinOp):
    sym = '+'

    def eval(self, env):
        return self.a.eval(env) + self.b.eval(env)

    def diff(self, var):
        return Add(self.a.diff(var), self.b.diff(var))


class Mul(BinOp):
    sym = '*'

    def eval(self, env):
        return self.a.eval(env) * self.b.eval(env)

    def diff(self, var):
        return Add(Mul(self.a.diff(var), self.b), Mul(self.a, self.b.diff(var)))


class Pow(Expr):
    def __init__(self, base, n):
        self.base, self.n = base, n

    def eval(self, env):
        return self.base.eval(env) ** self.n

    def diff(self, var):
        return Mul(Mul(Const(self.n), Pow(self.base, self.n - 1)), self.base.diff(var))

    def __repr__(self):
        return f'{self.base!r}^{self.n}'


def simplify(e):
    if isinstance(e, (Add, Mul)):
        a, b = simplify(e.a), simplify(e.b)
        if isinstance(a, Const) and isinstance(b, Const):
            return Const(a.v + b.v if isinstance(e, Add) else a.v * b.v)
        if isinstance(e, Add):
            if isinstance(a, Const) and a.v == 0:
                return b
            if isinstance(b, Const) and b.v == 0:
                return a
            return Add(a, b)
        if (isinstance(a, Const) and a.v == 0) or (isinstance(b, Const) and b.v == 0):
            return Const(0)
        if isinstance(a, Const) and a.v == 1:
            return b
        if isinstance(b, Const) and b.v == 1:
            return a
        return Mul(a, b)
    if isinstance(e, Pow):
        base = simplify(e.base)
        if e.n == 0:
            return Const(1)
        if e.n == 1:
            return base
        return Pow(base, e.n)
    return e


def count_nodes(e):
    if isinstance(e, BinOp):
        return 1 + count_nodes(e.a) + count_nodes(e.b)
    if isinstance(e, Pow):
        return 1 + count_nodes(e.base)
    return 1


x, y = Var('x'), Var('y')
f = 3 * x ** 2 + 2 * x * y + 7 - y
print(f)
print(f.eval({'x': 2, 'y': 5}))
dfx = f.diff('x')
print(dfx, count_nodes(dfx))
print(simplify(dfx), count_nodes(simplify(dfx)))
print(simplify(f.diff('y')))
print(simplify(dfx).eval({'x': 1, 'y': 1}), dfx.eval({'x': 1, 'y': 1}))
try:
    f.eval({'x': 1})
except NameError as e:
    print('NameError:', e)
g = (x + 1) ** 3
print(simplify(g.diff('x')), simplify(g.diff('x')).eval({'x': 2}))
print(simplify(Const(0) * x + Const(1) * (y + 0)))
print([type(n).__name__ for n in (f, x, Const(1), g)], issubclass(Add, BinOp), isinstance(g, BinOp))
