"""itertools: iterator building blocks.

Each public name is a class, as in CPython, so isinstance() checks and
chain.from_iterable work.  Most classes validate their arguments eagerly
(with CPython's messages) and then delegate __next__ to a private
generator that does the work.
"""

import sys as _sys


class _Iter:
    """Base: an iterator whose items come from the generator self._gen."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


def _isnumber(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or
            hasattr(t, '__float__') or hasattr(t, '__complex__'))


def _nargs_error(name, want, got):
    raise TypeError('%s expected %d arguments, got %d' % (name, want, got))


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    __slots__ = ('_cur', '_step')

    def __init__(self, start=0, step=1):
        if not _isnumber(start) or not _isnumber(step):
            raise TypeError('a number is required')
        self._cur = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        cur = self._cur
        self._cur = cur + self._step
        return cur

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return '%s(%r)' % (type(self).__name__, self._cur)
        return '%s(%r, %r)' % (type(self).__name__, self._cur, self._step)


class cycle(_Iter):
    """cycle(iterable) --> the elements of iterable, repeated forever."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for item in it:
            yield item
            saved.append(item)
        while saved:
            yield from saved


class repeat:
    """repeat(object [,times]) -> object, forever or times times."""
    __slots__ = ('_obj', '_left')

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 2:
            raise TypeError('repeat expected at most 2 arguments, got %d'
                            % (len(args) + len(kwargs)))
        names = ('object', 'times')
        vals = dict(zip(names, args))
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError("repeat() got an unexpected keyword argument '%s'" % k)
            if k in vals:
                raise TypeError("argument for repeat() given by name ('%s') and position (%d)"
                                % (k, names.index(k) + 1))
            vals[k] = v
        if 'object' not in vals:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._obj = vals['object']
        times = vals.get('times')
        if times is None and 'times' not in vals:
            self._left = None
        else:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            self._left = max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)


class accumulate(_Iter):
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ()

    def __init__(self, *args, initial=None, **kw):
        iterable, func = _bind('accumulate', ('iterable', 'func'), args, kw,
                               optional={'func': None})
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        if func is None:
            for item in it:
                total = total + item
                yield total
        else:
            for item in it:
                total = func(total, item)
                yield total


class chain(_Iter):
    """chain(*iterables) --> the items of each iterable in turn."""
    __slots__ = ()

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for src in sources:
            yield from src

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self


class compress(_Iter):
    """compress(data, selectors) --> the items of data whose selector is true."""
    __slots__ = ()

    def __init__(self, *args, **kw):
        data, selectors = _bind('compress', ('data', 'selectors'), args, kw)
        self._gen = (d for d, s in zip(iter(data), iter(selectors)) if s)


def _bind(name, names, args, kw, optional={}):
    # Positional-or-keyword binding with CPython's C-style messages.
    if len(args) + len(kw) > len(names):
        raise TypeError('%s() takes at most %d arguments (%d given)' %
                        (name, len(names), len(args) + len(kw)))
    vals = dict(zip(names, args))
    for k, v in kw.items():
        if k not in names:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (name, k))
        if k in vals:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (name, k, names.index(k) + 1))
        vals[k] = v
    for i, n in enumerate(names):
        if n not in vals:
            if n in optional:
                vals[n] = optional[n]
                continue
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, n, i + 1))
    return [vals[n] for n in names]


class dropwhile(_Iter):
    """dropwhile(predicate, iterable) --> the items after predicate first fails."""
    __slots__ = ()

    def __init__(self, *args, **kw):
        if kw:
            raise TypeError('dropwhile() takes no keyword arguments')
        if len(args) != 2:
            _nargs_error('dropwhile', 2, len(args))
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(pred, it):
        for item in it:
            if not pred(item):
                yield item
                break
        yield from it


class takewhile(_Iter):
    """takewhile(predicate, iterable) --> the items while predicate holds."""
    __slots__ = ()

    def __init__(self, *args, **kw):
        if kw:
            raise TypeError('takewhile() takes no keyword arguments')
        if len(args) != 2:
            _nargs_error('takewhile', 2, len(args))
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(pred, it):
        for item in it:
            if not pred(item):
                return
            yield item


class filterfalse(_Iter):
    """filterfalse(function or None, iterable) --> items where function is false."""
    __slots__ = ()

    def __init__(self, *args, **kw):
        if kw:
            raise TypeError('filterfalse() takes no keyword arguments')
        if len(args) != 2:
            _nargs_error('filterfalse', 2, len(args))
        pred, it = args[0], iter(args[1])
        if pred is None:
            pred = bool
        self._gen = (x for x in it if not pred(x))


class starmap(_Iter):
    """starmap(function, iterable) --> function(*item) for each item."""
    __slots__ = ()

    def __init__(self, *args, **kw):
        if kw:
            raise TypeError('starmap() takes no keyword arguments')
        if len(args) != 2:
            _nargs_error('starmap', 2, len(args))
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(func, it):
        for args in it:
            if type(args) is not tuple:
                args = tuple(args)
            yield func(*args)


class pairwise(_Iter):
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b


class groupby:
    """groupby(iterable, key=None) -> (key, group iterator) pairs for runs of
    consecutive items with equal keys."""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_id')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _MARKER
        self._id = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._id = None
        while True:
            if self._currkey is _MARKER:
                self._step()
            elif self._tgtkey is _MARKER:
                break
            elif not (self._tgtkey is self._currkey or self._tgtkey == self._currkey):
                break
            else:
                self._step()
        self._tgtkey = self._currkey
        token = object()
        self._id = token
        return self._currkey, _grouper(self, token)


_MARKER = object()


class _grouper:
    __slots__ = ('_parent', '_token')

    def __init__(self, parent, token):
        self._parent = parent
        self._token = token

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._id is not self._token:
            raise StopIteration
        if p._currvalue is _MARKER:
            p._step()
        if not (p._tgtkey is p._currkey or p._tgtkey == p._currkey):
            raise StopIteration
        value = p._currvalue
        p._currvalue = _MARKER
        p._currkey = _MARKER
        try:
            p._step()
        except StopIteration:
            p._currkey = _MARKER
            p._tgtkey = _END
        return value


_END = object()


def _islice_index(value, msg):
    if value is None:
        return None
    try:
        i = value.__index__()
    except (AttributeError, TypeError):
        raise ValueError(msg) from None
    if not 0 <= i <= _sys.maxsize:
        raise ValueError(msg)
    return i


class islice(_Iter):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]):
    selected items of iterable, consuming no more than needed."""
    __slots__ = ()

    def __init__(self, *args, **kw):
        if kw:
            raise TypeError('islice() takes no keyword arguments')
        n = len(args)
        if n < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % n)
        if n > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % n)
        smsg = ('Stop argument for islice() must be None or an integer: '
                '0 <= x <= sys.maxsize.')
        imsg = ('Indices for islice() must be None or an integer: '
                '0 <= x <= sys.maxsize.')
        start, step = 0, 1
        if n == 2:
            stop = _islice_index(args[1], smsg)
        else:
            start = _islice_index(args[1], imsg)
            stop = _islice_index(args[2], smsg)
            if start is None:
                start = 0
            if n == 4 and args[3] is not None:
                try:
                    step = args[3].__index__()
                except (AttributeError, TypeError):
                    step = -1
                if step < 1:
                    raise ValueError('Step for islice() must be a positive integer or None.')
        self._gen = self._run(iter(args[0]), start, stop, step)

    @staticmethod
    def _run(it, nxt, stop, step):
        # consumed counts the items taken from it; nxt is the index to yield.
        consumed = 0
        while True:
            while consumed < nxt:
                try:
                    next(it)
                except StopIteration:
                    return
                consumed += 1
            if stop is not None and consumed >= stop:
                return
            try:
                item = next(it)
            except StopIteration:
                return
            consumed += 1
            nxt += step
            if stop is not None and nxt > stop:
                nxt = stop
            yield item


class _tee_link:
    """One cell of the shared buffer of a tee family: value and next cell."""
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee:
    """An iterator of a tee() family; all members share one buffer."""
    __slots__ = ('_source', '_link', '__weakref__')

    def __init__(self, iterable=None):
        if iterable is not None:
            self._source = [iter(iterable)]
            self._link = _tee_link()

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._source[0])
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._source = self._source
        new._link = self._link
        return new


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if hasattr(it, '__copy__'):
        first = it.__copy__()
    else:
        first = _tee(it)
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest(_Iter):
    """zip_longest(*iterables, fillvalue=None): like zip, padding the shorter
    iterables with fillvalue."""
    __slots__ = ()

    def __init__(self, *iterables, **kw):
        fillvalue = None
        for k, v in kw.items():
            if k != 'fillvalue':
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = v
        self._gen = self._run([iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _run(its, fill):
        if not its:
            return
        active = len(its)
        while True:
            row = []
            for i, it in enumerate(its):
                if it is None:
                    row.append(fill)
                    continue
                try:
                    row.append(next(it))
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    its[i] = None
                    row.append(fill)
            yield tuple(row)


# --- combinatorics ----------------------------------------------------------

class product(_Iter):
    """product(*iterables, repeat=1) --> the cartesian product, as tuples."""
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        n = len(pools)
        if any(not p for p in pools):
            return
        idx = [0] * n
        yield tuple(p[0] for p in pools)
        while True:
            # Advance the odometer from the rightmost wheel.
            i = n - 1
            while i >= 0:
                idx[i] += 1
                if idx[i] < len(pools[i]):
                    break
                idx[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple(pools[k][idx[k]] for k in range(n))


def _check_r(r, name):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')


class combinations(_Iter):
    """combinations(iterable, r) --> r-length tuples in sorted index order,
    no repeated elements."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_r(r, 'combinations')
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        idx = list(range(r))
        yield tuple(pool[i] for i in idx)
        while True:
            # Find the rightmost index that can still move right.
            i = r - 1
            while i >= 0 and idx[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            idx[i] += 1
            for j in range(i + 1, r):
                idx[j] = idx[j - 1] + 1
            yield tuple(pool[i] for i in idx)


class combinations_with_replacement(_Iter):
    """combinations_with_replacement(iterable, r) --> r-length tuples with
    elements allowed to repeat, in sorted index order."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_r(r, 'combinations_with_replacement')
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        idx = [0] * r
        yield tuple(pool[i] for i in idx)
        while True:
            i = r - 1
            while i >= 0 and idx[i] == n - 1:
                i -= 1
            if i < 0:
                return
            v = idx[i] + 1
            for j in range(i, r):
                idx[j] = v
            yield tuple(pool[i] for i in idx)


class permutations(_Iter):
    """permutations(iterable, r=None) --> r-length tuples of distinct
    positions, in lexicographic index order."""
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        elif r < 0:
            raise ValueError('r must be non-negative')
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        # idx is a permutation of range(n) whose first r entries are output;
        # cycles[i] counts down the choices left at position i.
        idx = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in idx[:r])
        while n:
            i = r - 1
            while i >= 0:
                cycles[i] -= 1
                if cycles[i] == 0:
                    idx[i:] = idx[i + 1:] + idx[i:i + 1]
                    cycles[i] = n - i
                    i -= 1
                else:
                    j = n - cycles[i]
                    idx[i], idx[j] = idx[j], idx[i]
                    yield tuple(pool[k] for k in idx[:r])
                    break
            else:
                return


for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile,
             takewhile, filterfalse, starmap, pairwise, groupby, islice,
             zip_longest, product, combinations, combinations_with_replacement,
             permutations, _tee, _grouper):
    _cls.__module__ = 'itertools'
del _cls
