memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(100), len(memo))
def grid_paths(r, c, cache={}):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in cache:
        cache[(r, c)] = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    return cache[(r, c)]
print(grid_paths(2, 2), grid_paths(10, 10), grid_paths(16, 16))
def stairs(n, steps=(1, 2, 3), memo=None):
    memo = {} if memo is None else memo
    if n == 0:
        return 1
    if n < 0:
        return 0
    if n not in memo:
        memo[n] = sum(stairs(n - s, steps, memo) for s in steps)
    return memo[n]
print([stairs(n) for n in range(10)], stairs(50))
