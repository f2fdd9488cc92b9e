from . import ORDER
ORDER.append('b start')
from . import a
B_VALUE = 'b'
def late():
    return a.A_VALUE
ORDER.append('b end')
