print(float(), float(3), float('3.25'), float(' -1.5e2 '), float('inf'), float('-nan'), float('  INF '))
print(float(True), float(10 ** 20), float('0x10'.replace('0x', '')), float('.5'), float('5.'))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
for bad in ['1,5', '', '--1', 'one', '1e400x']:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
