def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return True
ann = f.__annotations__
print(sorted(ann.keys()))
print(ann['a'], ann['b'], ann['return'], ann['args'], ann['kw'])
x: int = 5
print(x)
y: str
print('y' in globals())
print(__annotations__)
class C:
    a: int
    b: str = 'hi'
print(C.__annotations__, C.b)
def g(): pass
print(g.__annotations__)
