print(True and False, True or False, not True)
print(0 and 1, 1 and 2, 0 or 'x', '' or [] or 0)
print(None or 'default', 'set' or 'default')
print(not 0, not [], not [0], not '')
def side(n):
    print('side', n)
    return n
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(2) and side(3))
x = [] or {} or ()
print(x)
print(1 and 2 or 3, 0 and 2 or 3)
