def f():
    return 1, *[2, 3], 4
print(f())
def g():
    yield 'start', *'ab'
print(list(g()))
for a, *b in [(1, 2, 3), (4,), 'xyz']:
    print(a, b)
head, *_, tail = range(10)
print(head, tail)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
print(*[1, 2], *(3,), sep='|')
print([*{'a': 1, 'b': 2}], {**dict.fromkeys('xy', 0)})
print(max(*[3, 9, 2]), min(*'qwe'))
t = *range(3), 
print(t)
