import sys
digits = '1234567890' * 100
n = int(digits)
print(len(str(n)), str(n)[:15], str(n)[-15:])
print(n % 997, n // 10 ** 990)
m = int('9' * 500)
print(m + 1 == 10 ** 500)
h = int('f' * 300, 16)
print(h == 16 ** 300 - 1, h.bit_length())
b = int('1' * 1000, 2)
print(b == 2 ** 1000 - 1)
print(str(-n)[:5], int('-' + '5' * 200) == -int('5' * 200))
print(hasattr(sys, 'set_int_max_str_digits'))
print(int('0' * 50 + '7'), int('  ' + '3' * 40 + '  '))
