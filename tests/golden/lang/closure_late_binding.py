funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    def make(j):
        return lambda: j
    funcs.append(make(i))
print([f() for f in funcs])
def gen():
    x = 'first'
    f = lambda: x
    x = 'second'
    return f
print(gen()())
def cells():
    a = 1
    b = 2
    def f():
        return a + b
    return f
print(len(cells().__closure__))
print(cells().__code__.co_freevars)
