print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(4, 0.5), pow(0, 0))
print(pow(3, 200, 7), pow(2, 100, 10 ** 9), pow(-3, 3, 5), pow(3, -1, 7), pow(5, 0, 1))
print(pow(1j, 2), pow(-8, 1 / 3).real > 0)
class P:
    def __pow__(self, e, mod=None):
        return ('pow', e, mod)
print(pow(P(), 2), pow(P(), 2, 5), P() ** 3)
for bad in [lambda: pow(0, -1), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 4)]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
