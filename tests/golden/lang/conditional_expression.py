def sign(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([sign(n) for n in (-2, 0, 3)])
x = 5
print('big' if x > 3 else 'small', ('a' if x else 'b') + '!')
f = (lambda n: 'even') if x % 2 == 0 else (lambda n: 'odd')
print(f(0))
print([y if y % 3 else 'fizz' for y in range(1, 7)])
print(1 if [] else 2 if {} else 3 if 'x' else 4)
val = None
print(val if val is not None else 'default')
