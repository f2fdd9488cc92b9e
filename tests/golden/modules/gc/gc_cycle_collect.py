import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
gc.disable()
print(gc.isenabled())
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
n = gc.collect()
print(n >= 2)
gc.enable()
print(gc.isenabled())
print(gc.collect() >= 0)
