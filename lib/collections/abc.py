"""collections.abc: the abstract base classes for containers.

They live in _collections_abc; this module re-exports them.
"""

from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias
