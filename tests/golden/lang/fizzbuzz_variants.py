out = []
for i in range(1, 21):
    if i % 15 == 0:
        out.append('FizzBuzz')
    elif i % 3 == 0:
        out.append('Fizz')
    elif i % 5 == 0:
        out.append('Buzz')
    else:
        out.append(str(i))
print(' '.join(out))
print([('Fizz' * (i % 3 == 0) + 'Buzz' * (i % 5 == 0)) or i for i in range(1, 16)])
def fb(n):
    match (n % 3, n % 5):
        case (0, 0): return 'FizzBuzz'
        case (0, _): return 'Fizz'
        case (_, 0): return 'Buzz'
        case _: return n
print([fb(i) for i in range(10, 16)])
rules = {3: 'Fizz', 5: 'Buzz', 7: 'Bazz'}
print(', '.join(''.join(w for d, w in rules.items() if n % d == 0) or str(n) for n in range(100, 106)))
