# Mutating a dict (or set) while iterating over it.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

def grow():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
show(grow)

def swap_keys():
    d = {1: 1}
    for k in d:
        del d[k]
        d[k + 1] = 1
show(swap_keys)

def values_changed():
    d = {1: 1, 2: 2}
    for v in d.values():
        del d[2]
        d[3] = v
show(values_changed)

def items_shrink():
    d = {1: 1, 2: 2}
    for k, v in d.items():
        d.pop(2, None)
show(items_shrink)

def replace_values():
    d = dict.fromkeys(range(5), 0)
    for k in d:
        d[k] = k * k  # same keys: allowed
    return d
show(replace_values)

def set_grow():
    s = {1}
    for x in s:
        s.add(x + 1)
show(set_grow)

def reversed_grow():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[k + 10] = 0
show(reversed_grow)

it = iter({1: 2})
print(next(it), it.__length_hint__())
show(lambda: next(it))

d = {}
d['a'] = d
print(d, {1: [d]})
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m['a'], m['zz'], m.get('zz'), 'zz' in m)
show(lambda: {}[(1, 2)])
show(lambda: {}.popitem())
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict([1]))
