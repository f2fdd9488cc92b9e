"""heapq: the heap queue algorithm (a binary min-heap stored in a list).

Invariant: heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k
that has children; heap[0] is the smallest item.  Only `<` is used to
compare items.  The _max variants keep the mirrored invariant.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, fname):
    if not isinstance(heap, list):
        which = 'argument' if fname in _ONE_ARG else 'argument 1'
        tname = 'None' if heap is None else type(heap).__name__
        raise TypeError('%s() %s must be list, not %s' % (fname, which, tname))


_ONE_ARG = ('heappop', 'heapify', '_heapify_max', '_heappop_max')


def _sift_up(heap, pos, less):
    # Move heap[pos] towards the root while it beats its parent.
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if less(item, p):
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos, less):
    # Move heap[pos] down, swapping with the better child, until both
    # children are no better than it.
    n = len(heap)
    item = heap[pos]
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        right = child + 1
        if right < n and not less(heap[child], heap[right]):
            child = right
        if less(heap[child], item):
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = item


def _lt(a, b):
    return a < b


def _gt(a, b):
    return b < a


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _sift_up(heap, len(heap) - 1, _lt)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sift_down(heap, 0, _lt)
        return item
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _sift_down(heap, 0, _lt)
    return top


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0, _lt)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list(heap, 'heapify')
    for i in reversed(range(len(heap) // 2)):
        _sift_down(heap, i, _lt)


def _heapify_max(heap, /):
    """Maxheap variant of heapify."""
    _check_list(heap, '_heapify_max')
    for i in reversed(range(len(heap) // 2)):
        _sift_down(heap, i, _gt)


def _heappop_max(heap, /):
    """Maxheap variant of heappop."""
    _check_list(heap, '_heappop_max')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sift_down(heap, 0, _gt)
        return item
    return last


def _heapreplace_max(heap, item, /):
    """Maxheap variant of heapreplace."""
    _check_list(heap, '_heapreplace_max')
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _sift_down(heap, 0, _gt)
    return top


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (a generator).

    Equal items keep the order of the iterables they came from.
    """
    less = _gt if reverse else _lt
    # Each entry: [sort key, source index, value, iterator].
    entries = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, order, value, it])
            break

    def entry_less(a, b):
        if less(a[0], b[0]):
            return True
        if less(b[0], a[0]):
            return False
        return a[1] < b[1]

    for i in reversed(range(len(entries) // 2)):
        _sift_down(entries, i, entry_less)
    while len(entries) > 1:
        top = entries[0]
        yield top[2]
        for value in top[3]:
            top[0] = value if key is None else key(value)
            top[2] = value
            _sift_down(entries, 0, entry_less)
            break
        else:
            last = entries.pop()
            if entries:
                entries[0] = last
                _sift_down(entries, 0, entry_less)
    if entries:
        top = entries[0]
        yield top[2]
        yield from top[3]


def _nbest(n, iterable, key, largest):
    # Keep the n best (key, index, item) triples in a heap whose root is
    # the worst of them; ties are broken by arrival order, so the result
    # equals sorted(iterable, key=key, reverse=largest)[:n].
    if n <= 0:
        return []
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=largest)[:n]
    if largest:
        def worse(a, b):      # a is a worse candidate than b
            if a[0] < b[0]:
                return True
            if b[0] < a[0]:
                return False
            return a[1] > b[1]
    else:
        def worse(a, b):
            if b[0] < a[0]:
                return True
            if a[0] < b[0]:
                return False
            return a[1] > b[1]
    heap = []
    for i, item in enumerate(iterable):
        k = item if key is None else key(item)
        entry = (k, i, item)
        if len(heap) < n:
            heap.append(entry)
            _sift_up(heap, len(heap) - 1, worse)
        elif worse(heap[0], entry):
            heap[0] = entry
            _sift_down(heap, 0, worse)
    result = []
    while heap:
        last = heap.pop()
        if heap:
            top = heap[0]
            heap[0] = last
            _sift_down(heap, 0, worse)
            result.append(top)
        else:
            result.append(last)
    result.reverse()
    return [e[2] for e in result]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    return _nbest(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    return _nbest(n, iterable, key, True)
