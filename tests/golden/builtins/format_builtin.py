print(format(42), format(42, 'x'), format(3.14159, '.2f'), format('s', '>3'), format(1234567, ','))
print(format([1, 2]), format(None), format(True), format(0.5, '%'), format(-7, '+05d'))
class T:
    def __format__(self, spec):
        return 'T(' + spec + ')'
print(format(T(), 'spec'), format(T()), f'{T():abc}')
try:
    format(object(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 'q')
except ValueError as e:
    print(type(e).__name__, e)
