class BST:
    class _Node:
        __slots__ = ('key', 'val', 'left', 'right')

        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.size = 0

    def __setitem__(self, key, val):
        if self.root is None:
            self.root = self._Node(key, val)
            self.size = 1
            return
        cur = self.root
        while True:
            if key == cur.key:
                cur.val = val
                return
            side = 'left' if key < cur.key else 'right'
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, self._Node(key, val))
                self.size += 1
                return
            cur = nxt

    def __getitem__(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return cur.val
            cur = cur.left if key < cur.key else cur.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)
        self.size -= 1

    def __iter__(self):
        stack, cur = [], self.root
        while stack or cur:
            while cur:
                stack.append(cur)
                cur = cur.left
            cur = stack.pop()
            yield cur.key
            cur = cur.right

    def items(self):
        return ((k, self[k]) for k in self)

    def __len__(self):
        return self.size

    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)

    def preorder(self):
        out = []
        def walk(n):
            if n:
                out.append(n.key)
                walk(n.left)
                walk(n.right)
        walk(self.root)
        return out

    def range(self, lo, hi):
        return [k for k in self if lo <= k <= hi]


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = str(k)
print(list(t), len(t), t.height())
print(t.preorder())
print(t[35], 45 in t, 99 in t, t.range(33, 62))
del t[30]
print(list(t), t.preorder())
del t[50]
print(list(t), t.preorder(), len(t))
try:
    del t[999]
except KeyError as e:
    print('KeyError', e)
try:
    t[1]
except KeyError as e:
    print('KeyError', e)
t[45] = 'forty-five'
print(dict(t.items()))
words = BST()
for w in 'the quick brown fox jumps over the lazy dog'.split():
    words[w] = words[w] + 1 if w in words else 1
print(list(words.items()))
chain = BST()
for i in range(100):
    chain[i] = i
print(chain.height(), sum(chain))
