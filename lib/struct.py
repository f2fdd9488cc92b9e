"""lib/struct.py: pack and unpack binary records by format strings.

The module is C (_struct, src/modules/mod_struct.c); this file re-exports it
under the documented name, as CPython's struct.py does.
"""

__all__ = [
    # Functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',

    # Classes
    'Struct',

    # Exceptions
    'error'
    ]

from _struct import *
from _struct import _clearcache
from _struct import __doc__
