def f(v):
    match v:
        case (1 | 2) as small:
            return f'small {small}'
        case [(0 | 1) as bit, *_]:
            return f'starts with bit {bit}'
        case int(x) if x < 0:
            return 'negative'
        case int(x) if x % 2 == 0:
            return 'even'
        case str(s) if s.isdigit():
            return 'digit string'
        case _ as anything:
            return f'fallback {anything!r}'
for v in [1, 2, [1, 9], [0], [5], -3, 10, 7, '123', 'abc']:
    print(f(v))
NAMES = {'red': 1}
class Color:
    RED = 'red'
    BLUE = 'blue'
def color(c):
    match c:
        case Color.RED:
            return 'is red'
        case Color.BLUE:
            return 'is blue'
    return 'no match'
print(color('red'), color('blue'), color('green'))
x = 'unchanged'
match 5:
    case x:
        pass
print(x)
