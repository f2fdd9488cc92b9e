assert True
assert 1 == 1, 'never'
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args)
def check(x):
    assert isinstance(x, int), f'expected int, got {type(x).__name__}'
    return x
try:
    check('s')
except AssertionError as e:
    print(e)
print(__debug__)
