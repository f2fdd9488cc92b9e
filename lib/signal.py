"""Set handlers for asynchronous events (a thin layer over _signal).

CPython's signal module is _signal plus this Python layer, which turns signal
numbers and SIG_DFL/SIG_IGN into the Signals and Handlers enums. pith does the
same when its enum module is available, and otherwise keeps plain ints (they
compare equal to the enum members either way).
"""

import _signal
from _signal import *

_globals = globals()

try:
    from enum import IntEnum as _IntEnum
except ImportError:
    _IntEnum = None

if _IntEnum is not None:
    Signals = _IntEnum('Signals', {name: value for name, value in _globals.items()
                                   if name.isupper() and (name.startswith('SIG') and not name.startswith('SIG_'))
                                   or name.startswith('CTRL_')})
    Handlers = _IntEnum('Handlers', {'SIG_DFL': _signal.SIG_DFL, 'SIG_IGN': _signal.SIG_IGN})
    Sigmasks = _IntEnum('Sigmasks', {'SIG_BLOCK': _signal.SIG_BLOCK, 'SIG_UNBLOCK': _signal.SIG_UNBLOCK,
                                     'SIG_SETMASK': _signal.SIG_SETMASK})
    for _e in (Signals, Handlers, Sigmasks):
        _globals.update(_e.__members__)
        del _e

    def _int_to_enum(value, enum_klass):
        try:
            return enum_klass(value)
        except ValueError:
            return value

    def _enum_to_int(value):
        try:
            return int(value)
        except (ValueError, TypeError):
            return value

    def signal(signalnum, handler):
        handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
        return _int_to_enum(handler, Handlers)

    def getsignal(signalnum):
        handler = _signal.getsignal(signalnum)
        return _int_to_enum(handler, Handlers)

    def pthread_sigmask(how, mask):
        sigs_set = _signal.pthread_sigmask(how, mask)
        return set(_int_to_enum(x, Signals) for x in sigs_set)

    def valid_signals():
        return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}

del _globals
