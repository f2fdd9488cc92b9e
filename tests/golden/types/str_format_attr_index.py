class User:
    def __init__(self):
        self.name = 'ann'
        self.tags = ['admin', 'dev']
        self.meta = {'age': 30}
u = User()
print('{0.name} {0.tags[1]} {0.meta[age]}'.format(u))
print('{u.name:>6}|{u.tags[0]:^9}|'.format(u=u))
print('{0[0]}{0[1]}{1[x]}'.format('ab', {'x': '!'}))
print('{:{}}|{:{}{}}|'.format('a', 4, 'b', '>', 5))
print('{0:{1}.{2}f}'.format(3.14159, 8, 3), '{:,}'.format(1234567.891), '{:.2%}'.format(0.12345))
print('{!r:>8}|{!s:<6}|'.format('x', 'y'), '{0!a}'.format('ñ'))
data = {'a': 1, 'b': 2}
print('{a}+{b}'.format(**data), '{0}{1}{0}'.format('x', 'y'), '{}'.format(None))
try:
    '{0.missing}'.format(u)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    '{0[5]}'.format([1])
except IndexError as e:
    print(type(e).__name__, e)
