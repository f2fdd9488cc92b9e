import math
class Status:
    OK = 200
    NOT_FOUND = 404
def http(code):
    match code:
        case Status.OK:
            return 'ok'
        case Status.NOT_FOUND:
            return 'not found'
        case 500 | 502 | 503:
            return 'server error'
        case int() if 400 <= code < 500:
            return 'client error'
        case _:
            return 'other'
print([http(c) for c in [200, 404, 502, 418, 301]])
def const(x):
    match x:
        case math.pi:
            return 'pi'
        case math.e:
            return 'e'
        case float('inf') if False:
            return 'never'
    return 'plain'
print(const(math.pi), const(math.e), const(3.0))
match 'hello':
    case 'hello' | 'hi' as greeting:
        print('greeting', greeting)
match -5:
    case -5:
        print('negative literal')
match 1 + 2j:
    case 1 + 2j:
        print('complex literal')
