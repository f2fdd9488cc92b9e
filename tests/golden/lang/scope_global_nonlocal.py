g = 'global'
def read():
    return g
def write():
    global g
    g = 'changed'
print(read())
write()
print(read(), g)
def new_global():
    global created
    created = 123
new_global()
print(created)
def outer():
    v = 'outer'
    def inner():
        nonlocal v
        v = 'inner'
    inner()
    return v
print(outer())
def levels():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 10
        l2()
        l2()
    l1()
    return a
print(levels())
x = 'module'
def shadow():
    x = 'local'
    return x
print(shadow(), x)
