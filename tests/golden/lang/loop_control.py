out = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
print(out)
i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 6:
        break
    print('w', i)
for i, c in enumerate('abc', start=1):
    print(i, c)
for a, b in zip([1, 2, 3], 'xy'):
    print(a, b)
total = 0
for row in [[1, 2], [3], []]:
    for v in row:
        total += v
print(total)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
d = {}
for d['key'] in range(3):
    pass
print(d)
