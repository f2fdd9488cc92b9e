class Token:
    __slots__ = ('kind', 'value', 'pos')

    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos

    def __repr__(self):
        return f'{self.kind}({self.value!r})'


class CalcError(Exception):
    pass


def tokenize(src):
    i, out = 0, []
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            out.append(Token('NUM', float(text) if '.' in text else int(text), i))
            i = j
        elif ch.isalpha() or ch == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            out.append(Token('NAME', src[i:j], i))
            i = j
        elif src.startswith('**', i):
            out.append(Token('OP', '**', i))
            i += 2
        elif ch in '+-*/%()=,':
            out.append(Token('OP', ch, i))
            i += 1
        else:
            raise CalcError(f'unexpected character {ch!r} at {i}')
    out.append(Token('EOF', None, len(src)))
    return out


class Parser:
    def __init__(self, tokens, env):
        self.toks, self.i, self.env = tokens, 0, env

    def peek(self):
        return self.toks[self.i]

    def take(self, value=None):
        t = self.toks[self.i]
        if value is not None and t.value != value:
            raise CalcError(f'expected {value!r} at {t.pos}, got {t.value!r}')
        self.i += 1
        return t

    def statement(self):
        if self.peek().kind == 'NAME' and self.toks[self.i + 1].value == '=':
            name = self.take().value
            self.take('=')
            v = self.expr()
            self.env[name] = v
            return v
        return self.expr()

    def expr(self):
        v = self.term()
        while self.peek().value in ('+', '-'):
            op = self.take().value
            r = self.term()
            v = v + r if op == '+' else v - r
        return v

    def term(self):
        v = self.unary()
        while self.peek().value in ('*', '/', '%'):
            op = self.take().value
            r = self.unary()
            if op != '*' and r == 0:
                raise CalcError('division by zero')
            v = v * r if op == '*' else (v / r if op == '/' else v % r)
        return v

    def unary(self):
        if self.peek().value == '-':
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().value == '**':
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        t = self.take()
        if t.kind == 'NUM':
            return t.value
        if t.kind == 'NAME':
            if self.peek().value == '(':
                self.take('(')
                args = [self.expr()]
                while self.peek().value == ',':
                    self.take()
                    args.append(self.expr())
                self.take(')')
                fn = {'max': max, 'min': min, 'abs': abs}.get(t.value)
                if fn is None:
                    raise CalcError(f'unknown function {t.value}')
                return fn(*args)
            if t.value not in self.env:
                raise CalcError(f'undefined variable {t.value}')
            return self.env[t.value]
        if t.value == '(':
            v = self.expr()
            self.take(')')
            return v
        raise CalcError(f'unexpected {t.value!r} at {t.pos}')


env = {}
print(tokenize('x = 3.5 * (y + 2)'))
for line in ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ** 2', 'x = 10', 'y = x / 4',
             'x % 3 + y', 'max(1, x, 7) - min(4, 2)', 'abs(-x * 2)', '1 / 0', 'z + 1',
             '3 $ 4', '(1 + 2', '7 // 2']:
    try:
        print(f'{line:<26} => {Parser(tokenize(line), env).statement()}')
    except CalcError as e:
        print(f'{line:<26} !! {e}')
print(sorted(env.items()))
