def flatten(x):
    return [a for item in x for a in (flatten(item) if isinstance(item, list) else [item])]
print(flatten([1, [2, [3, [4, []]], 5]]))
def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, list) else 0
print(depth([]), depth([1, [2, [3]]]), depth(5))
def tree_sum(t):
    if isinstance(t, dict):
        return sum(tree_sum(v) for v in t.values())
    if isinstance(t, (list, tuple)):
        return sum(tree_sum(v) for v in t)
    return t if isinstance(t, (int, float)) else 0
print(tree_sum({'a': [1, 2, {'b': 3}], 'c': (4, 'x'), 'd': 5.5}))
def permute(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permute(s[:i] + s[i + 1:])]
print(permute('abc'))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5))
def binary_search(a, x, lo=0, hi=None):
    hi = len(a) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    return binary_search(a, x, mid + 1, hi) if a[mid] < x else binary_search(a, x, lo, mid)
a = list(range(0, 100, 3))
print(binary_search(a, 27), binary_search(a, 28), binary_search([], 1))
