a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
print(1 in a, 3 in a, 3 not in a)
print('ell' in 'hello', 'z' in 'hello', '' in 'abc')
print(2 in {1: 'a', 2: 'b'}, 'a' in {1: 'a'})
print(1 in {1, 2}, (1, 2) in [(1, 2)])
print(5 in range(0, 10, 5), 6 in range(0, 10, 5))
print(b'b' in b'abc', 98 in b'abc')
