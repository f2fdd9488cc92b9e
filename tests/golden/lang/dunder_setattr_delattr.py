class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name}')
    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name}')
f = Frozen(1)
print(f.x)
for act in (lambda: setattr(f, 'x', 2), lambda: delattr(f, 'x')):
    try:
        act()
    except AttributeError as e:
        print(type(e).__name__, e)
class Tracker:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append(('set', name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        super().__delattr__(name)
t = Tracker()
t.a = 1
t.b = 2
del t.a
print(t.log, sorted(vars(t)))
