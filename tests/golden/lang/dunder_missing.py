class Default(dict):
    def __missing__(self, key):
        return f'<{key}>'
d = Default(a=1)
print(d['a'], d['zz'], 'zz' in d, d.get('zz'))
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in 'banana':
    c[ch] = c[ch] + 1
print(sorted(c.items()))
class Nested(dict):
    def __missing__(self, key):
        v = self[key] = Nested()
        return v
n = Nested()
n['a']['b']['c'] = 1
print(n)
