print(all([]), any([]), all([1, 2, 3]), all([1, 0]), any([0, 0, 1]), any([0, '', None]))
print(all('abc'), any(''), all(x > 0 for x in [1, 2]), any(x > 5 for x in range(5)))
def noisy(vals):
    for v in vals:
        print('check', v)
        yield v
print(all(noisy([1, 0, 1])))
print(any(noisy([0, 1, 0])))
print(all([[]]), any([[]]), all({}), any({0: 'a'}))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
