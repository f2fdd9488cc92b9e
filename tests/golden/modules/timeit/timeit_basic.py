import timeit

t = timeit.timeit("x = 1 + 2", number=1000)
print(type(t).__name__, t >= 0)
r = timeit.repeat("sum(range(10))", setup="import math", repeat=3, number=100)
print(len(r), all(v >= 0 for v in r))
counter = []
print(timeit.Timer(lambda: counter.append(1)).timeit(7) >= 0, len(counter))
timer = timeit.Timer("y = a * 2", setup="a = 21", globals={})
print(timer.timeit(5) >= 0)
n, secs = timeit.Timer("pass").autorange()
print(n >= 1, secs >= 0.2)
try:
    timeit.Timer("1 +")
except SyntaxError as e:
    print("SyntaxError")
try:
    timeit.Timer(42)
except ValueError as e:
    print(e)
try:
    timeit.timeit("raise KeyError('k')", number=1)
except KeyError as e:
    print("KeyError", e)
print(timeit.default_timer is __import__("time").perf_counter)
