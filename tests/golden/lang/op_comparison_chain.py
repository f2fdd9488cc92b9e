print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 <= 2 < 3 != 4)
x = 5
print(0 <= x < 10, 10 <= x < 20)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
print('a' < 'b' < 'c', [1] < [1, 0] < [2])
a = [1]
print(a is a is not None)
print(2 in [1, 2] in [[1, 2]])
