from . import ORDER
ORDER.append('a start')
from . import b
A_VALUE = 'a' + b.B_VALUE
ORDER.append('a end')
