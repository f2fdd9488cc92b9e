calls = {'plain': 0, 'memo': 0}


def fib_plain(n):
    calls['plain'] += 1
    return n if n < 2 else fib_plain(n - 1) + fib_plain(n - 2)


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


@memoize
def fib_memo(n):
    calls['memo'] += 1
    return n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)


def cache_with_info(fn):
    memo = {}
    info = {'hits': 0, 'misses': 0}

    def wrapper(*args):
        if args in memo:
            info['hits'] += 1
        else:
            info['misses'] += 1
            memo[args] = fn(*args)
        return memo[args]
    wrapper.info = info
    return wrapper


@cache_with_info
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@memoize
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


def lcs(x, y):
    @cache_with_info
    def go(i, j):
        if i == len(x) or j == len(y):
            return ''
        if x[i] == y[j]:
            return x[i] + go(i + 1, j + 1)
        l1, l2 = go(i + 1, j), go(i, j + 1)
        return l1 if len(l1) >= len(l2) else l2
    return go(0, 0)


def coin_change(coins, amount):
    memo = {}

    def ways(a, idx):
        if a == 0:
            return 1
        if a < 0 or idx == len(coins):
            return 0
        key = (a, idx)
        if key not in memo:
            memo[key] = ways(a - coins[idx], idx) + ways(a, idx + 1)
        return memo[key]
    return ways(amount, 0)


print(fib_plain(20), calls['plain'])
print(fib_memo(90), calls['memo'], len(fib_memo.cache))
print([partitions(n, n) for n in range(1, 16)])
print(partitions(100, 100))
print(partitions.info['hits'] > 0, partitions.info['misses'])
for a, b in [('kitten', 'sitting'), ('flaw', 'lawn'), ('', 'abc'), ('same', 'same')]:
    print(a, b, edit_distance(a, b))
print(lcs('AGGTAB', 'GXTXAYB'), lcs('programming', 'gaming'))
print(coin_change([1, 2, 5], 11), coin_change([2, 5, 3, 6], 10), coin_change([1, 5, 10, 25, 50], 100))
