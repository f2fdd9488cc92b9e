print('executing _helper as', __name__)
VALUE = 42
def greet(name):
    return f'hello {name} from {__name__}'
class Thing:
    kind = 'thing'
_private = 'hidden'
