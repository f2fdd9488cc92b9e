class TrieNode:
    __slots__ = ('children', 'terminal', 'count')

    def __init__(self):
        self.children = {}
        self.terminal = False
        self.count = 0


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        if not node.terminal:
            node.terminal = True
            self.size += 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and node.terminal

    def __len__(self):
        return self.size

    def complete(self, prefix, limit=None):
        node = self._find(prefix)
        out = []
        if node is None:
            return out
        stack = [(node, prefix)]
        while stack:
            n, p = stack.pop()
            if n.terminal:
                out.append(p)
            for ch in sorted(n.children, reverse=True):
                stack.append((n.children[ch], p + ch))
        out.sort()
        return out[:limit] if limit else out

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return 0 if node is None else node.count

    def longest_common_prefix(self):
        node, out = self.root, []
        while len(node.children) == 1 and not node.terminal:
            ch, node = next(iter(node.children.items()))
            out.append(ch)
        return ''.join(out)

    def __iter__(self):
        return iter(self.complete(''))


words = 'car card care careful cart carbon cat catalog dog dot dote do'.split()
t = Trie(words)
print(len(t), 'car' in t, 'ca' in t, 'careful' in t, 'cars' in t)
print(t.complete('car'))
print(t.complete('ca', limit=3), t.complete('do'), t.complete('x'))
print(t.count_prefix('car'), t.count_prefix('d'), t.count_prefix('z'))
print(list(t)[:5], sorted(t) == sorted(set(words)))
print(Trie(['interview', 'internet', 'interval']).longest_common_prefix(), repr(Trie(['a', 'b']).longest_common_prefix()))
t.insert('car')
print(len(t))
text = 'the theory of the thermal theorem then there'.split()
tt = Trie(text)
print(tt.complete('the'), tt.count_prefix('the'))
