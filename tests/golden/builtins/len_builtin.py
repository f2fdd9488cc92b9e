print(len(''), len('abc'), len([1, 2]), len((1,)), len({}), len({1: 2}), len(set()), len(range(10)), len(b'xy'))
print(len(range(0, 100, 3)), len('日本'), len(bytearray(5)), len(frozenset('aab')), len({'a': 1}.keys()))
class L:
    def __len__(self):
        return 42
print(len(L()))
for bad in [5, None, iter([]), len]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Big:
    def __len__(self):
        return 2 ** 70
try:
    len(Big())
except OverflowError as e:
    print(type(e).__name__, e)
