calls = []
def check(v):
    calls.append(v)
    return v
assert check(1)
assert check(True), check('msg not evaluated')
try:
    assert check(0), check('message evaluated')
except AssertionError as e:
    print('AssertionError', e)
print(calls)
def positive(n):
    assert n > 0, f'{n} is not positive'
    return n
print(positive(3))
try:
    positive(-2)
except AssertionError as e:
    print(e.args)
