def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
print([classify(n) for n in (-5, 0, 3, 99)])
x = 5
if x: print('truthy one-liner')
if not []: print('empty list falsy')
if 0: pass
elif '': pass
else: print('all falsy')
y = 'a' if x > 3 else 'b'
print(y)
if (z := x * 2) > 5:
    print('z', z)
val = None
print('none' if val is None else 'some')
