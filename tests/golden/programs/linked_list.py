class Node:
    __slots__ = ('value', 'next')

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push_front(v)

    def push_front(self, v):
        self.head = Node(v, self.head)
        self._len += 1

    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._len += 1

    def pop_front(self):
        if self.head is None:
            raise IndexError('pop from empty list')
        v = self.head.value
        self.head = self.head.next
        self._len -= 1
        return v

    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._len -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f'{v!r} not in list')

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError('index out of range')

    def __contains__(self, v):
        return any(x == v for x in self)

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self):
        return 'LinkedList([' + ' -> '.join(map(repr, self)) + '])'


ll = LinkedList([3, 1, 4])
ll.append(1)
ll.push_front(9)
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 7 in ll)
ll.remove(1)
print(ll)
ll.reverse()
print(ll, list(ll), sum(ll), sorted(ll))
print(ll.pop_front(), ll)
try:
    ll.remove(42)
except ValueError as e:
    print('ValueError', e)
empty = LinkedList()
try:
    empty.pop_front()
except IndexError as e:
    print('IndexError', e)
print(empty, len(empty), list(empty), LinkedList('ab') == LinkedList(['a', 'b']))
try:
    ll[10]
except IndexError as e:
    print('IndexError', e)
big = LinkedList(range(1000))
big.reverse()
print(big[0], big[999], len(big))
it = iter(ll)
print(next(it), next(it))
a, *rest = LinkedList('xyz')
print(a, rest)
