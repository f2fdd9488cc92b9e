def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3))
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    def report():
        return sorted(counts.items())
    return count, report
count, report = counter_factory()
for w in 'a b a c a b'.split():
    count(w)
print(report())
def make_ops():
    ops = {}
    def register(name):
        def deco(fn):
            ops[name] = fn
            return fn
        return deco
    @register('add')
    def _add(a, b):
        return a + b
    @register('mul')
    def _mul(a, b):
        return a * b
    return ops
ops = make_ops()
print(sorted(ops), ops['add'](2, 3), ops['mul'](2, 3))
def recursive_closure(n):
    def go(k):
        return 1 if k <= 1 else k * go(k - 1)
    return go(n)
print(recursive_closure(6))
