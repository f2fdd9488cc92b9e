a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [1, 2, 3, 4]
x[0], x[-1] = x[-1], x[0]
print(x)
i = 0
i, x[i] = 2, 'set'
print(i, x)
p = q = 0
p, q = q + 1, p + 2
print(p, q)
fib = [0, 1]
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
print(a, b)
