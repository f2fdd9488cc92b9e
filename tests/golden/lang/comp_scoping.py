x = 'outer'
r = [x for x in range(3)]
print(x, r)
y = 10
print([y + i for i in range(3)])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    n = 5
    try:
        bad = [n for _ in range(2)]
    except NameError as e:
        err = type(e).__name__
print(C.doubled, C.err)
def f():
    k = 3
    return [k * i for i in range(3)]
print(f())
fs = [lambda: i for i in range(3)]
print([fn() for fn in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in fs2])
print([[i for i in range(2)] for i in 'ab'])
