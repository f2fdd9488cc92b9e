"""copyreg: the registry of pickle/copy reduction functions.

object.__reduce_ex__ (in C) calls copyreg._reduce_ex(obj, protocol) for
protocols 0 and 1, and uses __newobj__/__newobj_ex__ and _slotnames for
protocol 2 and above.  copy.py and pickle consult dispatch_table.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reducer for instances of ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)

pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)

try:
    pickle(type(int | str), pickle_union)
except TypeError:
    pass


# --- protocol 0/1 support for object.__reduce_ex__ -------------------------

def _reconstructor(cls, base, state):
    """Recreate an instance of cls whose nearest builtin base is base."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj

_HEAPTYPE = 1 << 9


def _find_builtin_base(cls):
    # The first class in the MRO that is not defined in Python code.
    for base in cls.__mro__:
        flags = getattr(base, '__flags__', None)
        if flags is not None:
            if not flags & _HEAPTYPE:
                return base
        elif getattr(base, '__module__', None) == 'builtins':
            return base
    return object


def _reduce_ex(self, proto):
    """The protocol 0/1 reduction used by object.__reduce_ex__."""
    assert proto < 2
    cls = self.__class__
    base = _find_builtin_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if (type(self).__getstate__ is object.__getstate__
                and getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


# --- protocol 2+ support ---------------------------------------------------

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Like __newobj__ but with keyword arguments (protocol 4)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of all slots of cls and its bases, mangled, cached on cls."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        name = '_%s%s' % (stripped, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# --- the extension registry (pickle opcodes EXT1/2/4) -----------------------

_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code for (module, name)."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
