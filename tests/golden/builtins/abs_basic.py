print(abs(-5), abs(5), abs(0), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(-2 ** 100))
print(abs(True), abs(False), abs(float('-inf')))
class A:
    def __abs__(self):
        return 'absolute'
print(abs(A()))
try:
    abs('x')
except TypeError as e:
    print(type(e).__name__, e)
