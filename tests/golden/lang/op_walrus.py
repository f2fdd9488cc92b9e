data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print('long', n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
i = 0
while (i := i + 1) < 4:
    print('i', i)
print((a := 5) + a)
def f():
    return [z := 3, z * 2]
print(f())
vals = iter([3, 2, 0, 7])
while (v := next(vals)) != 0:
    print('v', v)
print(any((hit := x) > 10 for x in data), hit)
