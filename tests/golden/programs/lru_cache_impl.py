class _Link:
    __slots__ = ('key', 'value', 'prev', 'next')

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError('capacity must be positive')
        self.capacity = capacity
        self.map = {}
        self.head = _Link()
        self.tail = _Link()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        node = _Link(key, value)
        self.map[key] = node
        self._push_front(node)

    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __repr__(self):
        return f'LRUCache({self.capacity}, {self.keys()})'


c = LRUCache(3)
for k in 'abc':
    c.put(k, k.upper())
print(c)
print(c.get('a'), c)
c.put('d', 'D')
print(c, 'b' in c, c.get('b', 'miss'))
c.put('c', 'C2')
print(c, c.get('c'))
for k in 'efgaef':
    c.put(k, k)
print(c, len(c), c.hits, c.misses, c.evictions)
try:
    LRUCache(0)
except ValueError as e:
    print('ValueError:', e)


def cached(capacity):
    def deco(fn):
        cache = LRUCache(capacity)

        def wrapper(n):
            r = cache.get(n)
            if r is None:
                r = fn(n)
                cache.put(n, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco


@cached(64)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache.hits > 0, len(collatz_len.cache))
