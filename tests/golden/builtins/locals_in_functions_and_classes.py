def f(a, *args, k=1, **kw):
    b = a * 2
    return sorted(locals().keys())
print(f(1, 2, x=3))
def g():
    x = 1
    l1 = dict(locals())
    y = 2
    l2 = locals()
    return sorted(l1), sorted(l2)
print(g())
class C:
    a = 1
    b = a + 1
    snapshot = sorted(k for k in locals() if not k.startswith('__'))
print(C.snapshot)
print(sorted(k for k in (lambda p, q=2: locals())(1)))
