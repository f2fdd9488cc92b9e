def find_first_square_above(n):
    k = 0
    while k * k <= n:
        k += 1
    else:
        return k * k
print(find_first_square_above(10), find_first_square_above(16), find_first_square_above(0))
def contains(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print('found at', i)
            break
        i += 1
    else:
        print('not found')
contains('hello', 'l')
contains('hello', 'z')
contains('', 'a')
