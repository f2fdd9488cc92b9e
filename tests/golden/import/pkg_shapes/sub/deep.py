from ..square import Square
from .. import circle
from . import PARENT_VERSION
def big_square():
    return Square(10)
info = (__name__, __package__, PARENT_VERSION)
