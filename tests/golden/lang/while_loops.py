n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
x = 10
while x:
    x -= 3
    if x < 0:
        print('went negative', x)
        break
else:
    print('not printed')
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print('even', i)
digits = []
num = 9075
while num:
    num, d = divmod(num, 10)
    digits.append(d)
print(digits[::-1])
