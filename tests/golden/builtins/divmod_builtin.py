print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 100, 7))
print(divmod(True, 2))
class D:
    def __divmod__(self, o):
        return ('custom', o)
    def __rdivmod__(self, o):
        return ('rcustom', o)
print(divmod(D(), 1), divmod(1, D()))
for bad in [lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: divmod('a', 1)]:
    try:
        bad()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
