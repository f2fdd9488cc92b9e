log = []
def src():
    for i in range(5):
        log.append(i)
        yield i
g = (x * 10 for x in src())
print(log)
print(next(g), log)
print(list(g), log)
evens = (n for n in range(10) if n % 2 == 0)
squares = (n * n for n in evens)
print(sum(squares))
data = [3, 1, 2]
gen = (x for x in data)
data.append(100)
print(list(gen))
outer_gen = (x for x in [1, 2, 3])
first = [y for y in outer_gen if y < 2]
print(first, list(outer_gen))
try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    print(next(bad))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
