ns = {'x': 2}
exec('y = x * 21\nz = [y] * 2', ns)
print(ns['y'], ns['z'], sorted(k for k in ns if k != '__builtins__'))
print(eval('x + y', ns), eval('sum(z)', ns), eval('w', ns, {'w': 'local w'}))
exec('def double(v):\n    return v * 2', ns)
print(ns['double'](8), eval('double(x)', ns))
loc = {}
exec('a = 1\nb = a + 1', {}, loc)
print(sorted(loc.items()))
src = 'result = [i ** 2 for i in range(n)]'
env = {'n': 5}
exec(src, env)
print(env['result'])
print(eval('(lambda q: q + 1)(41)'), eval('[c for c in "ab"]'), eval('{"k": 1}["k"]'))
