for i in range(3):
    pass
else:
    print('for completed', i)
for i in range(10):
    if i == 4:
        break
else:
    print('not printed')
print('broke at', i)
for x in []:
    pass
else:
    print('empty for else')
n = 0
while n < 3:
    n += 1
else:
    print('while completed', n)
while True:
    break
else:
    print('not printed')
def find(items, target):
    for idx, it in enumerate(items):
        if it == target:
            return idx
    else:
        return -1
print(find('abc', 'c'), find('abc', 'z'))
for i in range(3):
    for j in range(3):
        if j == 2:
            break
    else:
        print('inner never completes')
    continue
print('nested done')
