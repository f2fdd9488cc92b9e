data = {'users': [{'name': 'a', 'tags': ['x']}]}
paths = [('users', 0, 'name'), ('users', 1, 'name'), ('users', 0, 'age'), ('groups',), ('users', 0, 'tags', 5)]
for path in paths:
    cur = data
    try:
        for key in path:
            cur = cur[key]
        print(path, '->', cur)
    except (KeyError, IndexError) as e:
        print(path, '->', type(e).__name__, e)
    except TypeError as e:
        print(path, '-> TypeError', e)
try:
    s = 'abc'
    s['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    t = (1, 2)
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    l = [1, 2]
    l['a']
except TypeError as e:
    print(type(e).__name__, e)
