class Env:
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent

    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise NameError(f'undefined: {name}')

    def set(self, name, value):
        env = self
        while env is not None:
            if name in env.vars:
                env.vars[name] = value
                return
            env = env.parent
        self.vars[name] = value


def tokenize(src):
    return src.replace('(', ' ( ').replace(')', ' ) ').split()


def parse(tokens):
    tok = tokens.pop(0)
    if tok == '(':
        lst = []
        while tokens[0] != ')':
            lst.append(parse(tokens))
        tokens.pop(0)
        return lst
    if tok == ')':
        raise SyntaxError('unexpected )')
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return tok


class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __call__(self, *args):
        env = Env(self.env)
        env.vars.update(zip(self.params, args))
        return evaluate(self.body, env)


def global_env():
    env = Env()
    env.vars.update({
        '+': lambda *a: sum(a),
        '-': lambda a, b=None: -a if b is None else a - b,
        '*': lambda a, b: a * b,
        '/': lambda a, b: a / b,
        '<': lambda a, b: a < b,
        '>': lambda a, b: a > b,
        '=': lambda a, b: a == b,
        'list': lambda *a: list(a),
        'car': lambda l: l[0],
        'cdr': lambda l: l[1:],
        'cons': lambda a, l: [a] + l,
        'null?': lambda l: l == [],
        'length': len,
    })
    return env


def evaluate(x, env):
    while True:
        if isinstance(x, str):
            return env.lookup(x)
        if not isinstance(x, list):
            return x
        op, *args = x
        if op == 'quote':
            return args[0]
        if op == 'if':
            test, conseq, alt = args
            x = conseq if evaluate(test, env) else alt
            continue
        if op == 'define':
            name, expr = args
            env.vars[name] = evaluate(expr, env)
            return None
        if op == 'set!':
            env.set(args[0], evaluate(args[1], env))
            return None
        if op == 'lambda':
            return Lambda(args[0], args[1], env)
        if op == 'begin':
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        fn = evaluate(op, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(fn, Lambda):
            env = Env(fn.env)
            env.vars.update(zip(fn.params, vals))
            x = fn.body
            continue
        return fn(*vals)


def to_str(v):
    if isinstance(v, list):
        return '(' + ' '.join(map(to_str, v)) + ')'
    if v is True:
        return '#t'
    if v is False:
        return '#f'
    return str(v)


def run(src, env):
    return evaluate(parse(tokenize(src)), env)


env = global_env()
programs = [
    '(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))',
    '(fact 10)',
    '(fact 30)',
    '(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))',
    '(fib 15)',
    '(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))',
    '(count 5000 0)',
    '(define make-counter (lambda () (begin (define c 0) (lambda () (begin (set! c (+ c 1)) c)))))',
    '(define ctr (make-counter))',
    '(ctr)', '(ctr)', '(ctr)',
    '(define map (lambda (f l) (if (null? l) (quote ()) (cons (f (car l)) (map f (cdr l))))))',
    '(map (lambda (x) (* x x)) (list 1 2 3 4))',
    '(length (quote (a b c)))',
    '(if (> 3 2) (quote yes) (quote no))',
    '(/ 7 2)',
    '(- 5)',
    '(undefined-thing 1)',
    '(+ 1 2 3 4.5)',
]
for src in programs:
    try:
        result = run(src, env)
        if result is not None:
            print(src, '=>', to_str(result))
    except NameError as e:
        print(src, '=> error:', e)
