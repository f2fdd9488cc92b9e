print(True, False, bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool('0'))
print(bool([]), bool([0]), bool({}), bool(None), bool(0j), bool(range(0)))
print(True + True, True * 3, -True, ~True, True / 2, True // 2)
print(True & False, True | False, True ^ True, type(True ^ True).__name__)
print(str(True), repr(False), int(True), float(False))
print(True == 1, True == 1.0)
print(isinstance(True, int), issubclass(bool, int), bool.__bases__)
try:
    class MyBool(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
print(sum([True, True, False, True]))
print(['no', 'yes'][True], f'{True}', f'{True:d}', '%d' % True)
print(max(True, 0), True.real, True.bit_length())
print(bool.__name__, type(True).__name__)
