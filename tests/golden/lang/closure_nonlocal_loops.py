def make_accumulators():
    accs = []
    for i in range(3):
        total = i * 100
        def acc(x, total=total):
            return total + x
        accs.append(acc)
    return accs
print([a(1) for a in make_accumulators()])
def running():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total
    return add, history
add, hist = running()
for x in [5, 10, -3]:
    add(x)
print(hist)
def fib_gen_closure():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
n = fib_gen_closure()
print([n() for _ in range(10)])
def shadow():
    x = 'outer'
    def inner():
        x = 'inner'
        return x
    return inner(), x
print(shadow())
