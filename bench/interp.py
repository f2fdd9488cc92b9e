# interp: a tiny language implementation in Python: a tokenizer, a
# recursive-descent parser building tuples, a compiler to stack-machine
# code and a dispatch loop that runs it (loops, variables, arithmetic).
import sys

RUNS = 5
BASE_LIMIT = 10000
if "--quick" in sys.argv[1:]:
    RUNS = 1
    BASE_LIMIT = 1000

PROGRAM = """
n = 0; total = 0; fa = 0; fb = 1;
while (n < LIMIT) {
    total = total + (n * n) % 7 - n / 3;
    t = fa + fb; fa = fb; fb = t % 1000003;
    if (n % 5 == 0) { total = total + 1; } else { total = total - 1; }
    n = n + 1;
}
print total; print fa;
"""


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            kind = "kw" if word in ("while", "if", "else", "print") else "name"
            tokens.append((kind, word))
            i = j
        else:
            two = src[i:i + 2]
            if two in ("==", "!=", "<=", ">="):
                tokens.append(("op", two))
                i += 2
            else:
                tokens.append(("op", c))
                i += 1
    tokens.append(("eof", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def take(self, value=None):
        tok = self.toks[self.pos]
        if value is not None and tok[1] != value:
            raise SyntaxError("expected %r, got %r" % (value, tok[1]))
        self.pos += 1
        return tok

    def program(self):
        stmts = []
        while self.peek()[0] != "eof":
            stmts.append(self.statement())
        return ("block", stmts)

    def block(self):
        self.take("{")
        stmts = []
        while self.peek()[1] != "}":
            stmts.append(self.statement())
        self.take("}")
        return ("block", stmts)

    def statement(self):
        kind, value = self.peek()
        if value == "while":
            self.take()
            self.take("(")
            cond = self.expr()
            self.take(")")
            return ("while", cond, self.block())
        if value == "if":
            self.take()
            self.take("(")
            cond = self.expr()
            self.take(")")
            then = self.block()
            other = None
            if self.peek()[1] == "else":
                self.take()
                other = self.block()
            return ("if", cond, then, other)
        if value == "print":
            self.take()
            e = self.expr()
            self.take(";")
            return ("print", e)
        name = self.take()[1]
        self.take("=")
        e = self.expr()
        self.take(";")
        return ("set", name, e)

    LEVELS = [("==", "!=", "<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]

    def expr(self, level=0):
        if level == len(self.LEVELS):
            return self.atom()
        left = self.expr(level + 1)
        ops = self.LEVELS[level]
        while self.peek()[1] in ops:
            op = self.take()[1]
            left = ("bin", op, left, self.expr(level + 1))
        return left

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            return ("var", value)
        if value == "(":
            e = self.expr()
            self.take(")")
            return e
        raise SyntaxError("unexpected %r" % (value,))


def compile_node(node, code):
    kind = node[0]
    if kind == "block":
        for s in node[1]:
            compile_node(s, code)
    elif kind == "set":
        compile_node(node[2], code)
        code.append(("store", node[1]))
    elif kind == "print":
        compile_node(node[1], code)
        code.append(("print", None))
    elif kind == "num":
        code.append(("const", node[1]))
    elif kind == "var":
        code.append(("load", node[1]))
    elif kind == "bin":
        compile_node(node[2], code)
        compile_node(node[3], code)
        code.append(("binop", node[1]))
    elif kind == "while":
        top = len(code)
        compile_node(node[1], code)
        jump = len(code)
        code.append(None)
        compile_node(node[2], code)
        code.append(("jump", top))
        code[jump] = ("jfalse", len(code))
    elif kind == "if":
        compile_node(node[1], code)
        jf = len(code)
        code.append(None)
        compile_node(node[2], code)
        if node[3] is None:
            code[jf] = ("jfalse", len(code))
        else:
            jend = len(code)
            code.append(None)
            code[jf] = ("jfalse", len(code))
            compile_node(node[3], code)
            code[jend] = ("jump", len(code))
    return code


BINOPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "==": lambda a, b: int(a == b),
    "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b),
    ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b),
    ">=": lambda a, b: int(a >= b),
}


def run(code, env, out):
    stack = []
    pc = 0
    n = len(code)
    steps = 0
    while pc < n:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "const":
            stack.append(arg)
        elif op == "load":
            stack.append(env[arg])
        elif op == "store":
            env[arg] = stack.pop()
        elif op == "binop":
            b = stack.pop()
            a = stack.pop()
            stack.append(BINOPS[arg](a, b))
        elif op == "jfalse":
            if not stack.pop():
                pc = arg
        elif op == "jump":
            pc = arg
        elif op == "print":
            out.append(stack.pop())
    return steps


def main():
    for r in range(RUNS):
        limit = BASE_LIMIT + 1000 * r
        tokens = tokenize(PROGRAM.replace("LIMIT", str(limit)) * 1)
        tree = Parser(tokens).program()
        code = compile_node(tree, [])
        env = {}
        out = []
        steps = run(code, env, out)
        print("limit", limit, "tokens", len(tokens), "code", len(code),
              "steps", steps, "output", out)


main()
