class Resource:
    opened = []
    def __init__(self, name, fail=False):
        if fail:
            raise RuntimeError(f'cannot open {name}')
        self.name = name
        Resource.opened.append(name)
try:
    r = Resource('ok')
    r2 = Resource('bad', fail=True)
except RuntimeError as e:
    print(type(e).__name__, e)
print(Resource.opened, 'r2' in dir())
class Validated:
    def __init__(self, v):
        if not isinstance(v, int):
            raise TypeError(f'expected int, got {type(v).__name__}')
        if v < 0:
            raise ValueError(f'negative: {v}')
        self.v = v
for arg in [5, -1, 'x', 2.0]:
    try:
        print(Validated(arg).v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
