print(round(1.5), round(2.5), round(-1.5), round(0.4999), round(1.23456, 3), round(1234, -2))
print(round(7), round(7, 1), round(2.5, 0), round(-0.5), round(1e15 + 0.5))
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 2))
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
print(round(0.1 + 0.2, 2), round(2.675, 2), round(-2.675, 2))
