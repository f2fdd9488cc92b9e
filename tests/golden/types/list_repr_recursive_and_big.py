l = list(range(20))
print(l)
print(repr([1.5, 'two', None, True, [3]]))
x = [1]
x.append(x)
print(x, len(x))
d = {'k': []}
d['k'].append(d)
print(d)
print([[]] * 3, [()], [{}], [set()], [frozenset()])
print(str(['a\nb', "it's", 'q"q']))
