class Node:
    def __init__(self, val, *children):
        self.val = val
        self.children = list(children)
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
    def walk(self, depth=0):
        yield depth, self.val
        for c in self.children:
            yield from c.walk(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.val
        for c in self.children:
            yield from c.leaves()
tree = Node('root', Node('a', Node('a1'), Node('a2', Node('a2x'))), Node('b'), Node('c', Node('c1')))
print(list(tree))
for d, v in tree.walk():
    print('  ' * d + v)
print(list(tree.leaves()), len(list(tree)), 'a2x' in tree)
def bfs(root):
    queue = [root]
    while queue:
        n = queue.pop(0)
        yield n.val
        queue.extend(n.children)
print(list(bfs(tree)))
