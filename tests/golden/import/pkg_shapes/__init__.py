print('init pkg_shapes')
from .base import Shape
__all__ = ['Shape', 'square']
VERSION = '1.0'
