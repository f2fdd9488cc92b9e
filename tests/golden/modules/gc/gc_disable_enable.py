import gc
was = gc.isenabled()
gc.disable()
print(gc.isenabled())
garbage_made = 0
for i in range(100):
    a = []
    a.append(a)
    garbage_made += 1
del a
print(gc.collect() >= 100)
gc.enable()
print(gc.isenabled(), was)
class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent:
            parent.children.append(self)
root = Tree()
for _ in range(10):
    Tree(root)
del root
print(gc.collect() >= 11)
print(gc.collect())
