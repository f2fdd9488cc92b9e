class Calculator:
    def op_add(self, a, b): return a + b
    def op_sub(self, a, b): return a - b
    def op_mul(self, a, b): return a * b
    def run(self, op, a, b):
        fn = getattr(self, 'op_' + op, None)
        if fn is None:
            return f'unknown op {op}'
        return fn(a, b)
c = Calculator()
for op in ['add', 'sub', 'mul', 'div']:
    print(op, c.run(op, 6, 3))
print(sorted(n[3:] for n in dir(c) if n.startswith('op_')))
print(hasattr(c, 'op_add'), callable(getattr(c, 'op_add')), getattr(c, 'missing', 42))
setattr(Calculator, 'op_div', lambda self, a, b: a / b)
print(c.run('div', 6, 3))
delattr(Calculator, 'op_div')
print(c.run('div', 6, 3))
