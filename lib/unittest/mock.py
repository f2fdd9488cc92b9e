"""unittest.mock: mock objects and patching (pith).

Every mock instance gets its own private subclass so that magic methods
can be configured per instance.  Child attributes and return values are
mocks created lazily; calls are recorded on the mock itself and
propagated up the parent chain (method_calls / mock_calls).
patch/patch.object/patch.dict swap attributes for the duration of a
decorated call or a with-block.
"""

__all__ = ("Mock", "MagicMock", "patch", "sentinel", "DEFAULT", "ANY",
           "call", "create_autospec", "FILTER_DIR", "NonCallableMock",
           "NonCallableMagicMock", "mock_open", "PropertyMock", "seal")

import builtins
import functools
import sys

FILTER_DIR = True


# --- sentinels ---------------------------------------------------------------

class _SentinelObject(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel.%s" % self.name

    def __reduce__(self):
        return "sentinel.%s" % self.name


class _Sentinel(object):
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == "__bases__":
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY(object):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return "<ANY>"


ANY = _ANY()


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


# --- call objects ------------------------------------------------------------

def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend("%s=%r" % (k, v) for k, v in kwargs.items())
    return "%s(%s)" % (name, ", ".join(parts))


class _Call(tuple):
    """A recorded (or expected) call: (name, args, kwargs) or (args, kwargs)."""

    def __new__(cls, value=(), name="", parent=None, two=False,
                from_kall=True):
        args = ()
        kwargs = {}
        n = len(value)
        if n == 3:
            name, args, kwargs = value
        elif n == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif n == 1:
            (value,) = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False,
                 from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return "", args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if (getattr(self, "_mock_parent", None) is not None
                and isinstance(other, _Call)
                and getattr(other, "_mock_parent", None) is not None
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ""
        other_args = ()
        other_kwargs = {}
        if len_other == 0:
            pass
        elif len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 1:
            (value,) = other
            if isinstance(value, tuple):
                other_args = value
            elif isinstance(value, str):
                other_name = value
            else:
                other_kwargs = value
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args = second
                else:
                    other_kwargs = second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name != self_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(("", args, kwargs), name="()")
        name = self._mock_name + "()"
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__") or \
                attr.startswith("_mock_"):
            raise AttributeError(attr)
        if self._mock_name is None:
            name = attr
        else:
            name = "%s.%s" % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in ("count", "index"):
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or "call"
            if name.startswith("()"):
                name = "call%s" % name
            return name
        name, args, kwargs = self._parts()
        if not name:
            name = "call"
        elif not name.startswith("()"):
            name = "call.%s" % name
        else:
            name = "call%s" % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


# --- magic methods -------------------------------------------------------------

_magics = set(
    "__%s__" % m for m in (
        "lt le gt ge eq ne getitem setitem delitem len contains iter hash "
        "str sizeof enter exit divmod rdivmod neg pos abs invert complex "
        "int float index round trunc floor ceil bool next fspath aiter "
        "add sub mul matmul truediv floordiv mod lshift rshift and xor or "
        "pow radd rsub rmul rmatmul rtruediv rfloordiv rmod rlshift "
        "rrshift rand rxor ror rpow iadd isub imul imatmul itruediv "
        "ifloordiv imod ilshift irshift iand ixor ior ipow").split())

_non_defaults = set("__%s__" % m for m in (
    "get set delete reversed missing reduce reduce_ex getinitargs "
    "getnewargs getnewargs_ex getstate setstate getformat repr dir "
    "subclasses format").split())

_unsupported = set(("__getattr__", "__setattr__", "__init__", "__new__",
                    "__prepare__", "__instancecheck__",
                    "__subclasscheck__", "__del__"))

_all_magics = _magics | _non_defaults


def _is_magic(name):
    return len(name) > 4 and name[:2] == "__" and name[-2:] == "__" and \
        name[2:-2].strip("_") == name[2:-2] and name not in _unsupported


def _calculate_defaults(mock, name):
    """Configure the default behaviour of magic method child `mock`."""
    parent = mock._mock_new_parent
    if name == "__eq__":
        def eq(other):
            rv = parent.__eq__._mock_return_value
            if rv is not DEFAULT:
                return rv
            return True if parent is other else NotImplemented
        mock.side_effect = eq
    elif name == "__ne__":
        def ne(other):
            rv = parent.__ne__._mock_return_value
            if rv is not DEFAULT:
                return rv
            return False if parent is other else NotImplemented
        mock.side_effect = ne
    elif name == "__hash__":
        mock.return_value = object.__hash__(parent)
    elif name == "__str__":
        mock.return_value = object.__str__(parent)
    elif name == "__sizeof__":
        mock.return_value = object.__sizeof__(parent)
    elif name == "__fspath__":
        mock.return_value = "%s/%s" % (type(parent).__name__, id(parent))
    elif name == "__iter__":
        def it():
            rv = mock._mock_return_value
            if rv is DEFAULT:
                return iter([])
            return iter(rv)
        mock.side_effect = it
    elif name in ("__lt__", "__gt__", "__le__", "__ge__"):
        mock.return_value = NotImplemented
    else:
        fixed = {"__len__": 0, "__contains__": False, "__exit__": False,
                 "__complex__": 1j, "__float__": 1.0, "__bool__": True,
                 "__index__": 1, "__int__": 1, "__length_hint__": 0}
        if name in fixed:
            mock.return_value = fixed[name]


class _MagicProxy(object):
    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        parent = self.parent
        m = parent._get_child_mock(name=self.name, _new_name=self.name,
                                   _new_parent=parent)
        setattr(parent, self.name, m)
        _calculate_defaults(m, self.name)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()


# --- mocks ---------------------------------------------------------------------

_internal = set(("return_value", "side_effect", "method_calls",
                 "mock_calls", "call_args", "call_args_list", "call_count",
                 "called", "_spec_class", "_spec_set", "_mock_methods"))


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


def _check_and_set_parent(parent, value, name, new_name):
    if not _is_instance_mock(value):
        return False
    d = value.__dict__
    if (d.get("_mock_name") or d.get("_mock_new_name") or
            d.get("_mock_parent") is not None or
            d.get("_mock_new_parent") is not None):
        return False
    d["_mock_new_parent"] = parent
    d["_mock_new_name"] = new_name
    if name:
        d["_mock_parent"] = parent
        d["_mock_name"] = name
    return True


class NonCallableMock(object):
    """A mock that cannot be called."""

    def __new__(cls, *args, **kw):
        sub = type(cls.__name__, (cls,), {"__doc__": cls.__doc__})
        return object.__new__(sub)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name="",
                 _new_parent=None, _spec_as_instance=False, _eat_self=None,
                 unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d["_mock_parent"] = parent
        d["_mock_name"] = name
        d["_mock_new_name"] = _new_name
        d["_mock_new_parent"] = _new_parent
        d["_mock_sealed"] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        d["_mock_methods"] = None
        d["_spec_class"] = None
        d["_spec_set"] = None
        self._mock_add_spec(spec, spec_set)
        d["_mock_children"] = {}
        d["_mock_wraps"] = wraps
        d["_mock_unsafe"] = unsafe
        if "_mock_return_value" not in d:
            d["_mock_return_value"] = DEFAULT
        if "_mock_side_effect" not in d:
            d["_mock_side_effect"] = None
        d["method_calls"] = _CallList()
        d["mock_calls"] = _CallList()
        d["call_args_list"] = _CallList()
        d["call_args"] = None
        d["call_count"] = 0
        d["called"] = False
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        d = self.__dict__
        methods = None
        spec_class = None
        if spec is not None and not isinstance(spec, list):
            if isinstance(spec, type):
                spec_class = spec
            else:
                spec_class = type(spec)
            methods = dir(spec)
        elif spec is not None:
            methods = list(spec)
        d["_spec_class"] = spec_class
        d["_spec_set"] = spec_set
        d["_mock_methods"] = methods

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def attach_mock(self, mock, attribute):
        d = mock.__dict__
        d["_mock_parent"] = None
        d["_mock_new_parent"] = None
        d["_mock_name"] = ""
        d["_mock_new_name"] = None
        setattr(self, attribute, mock)

    def _get_class(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    __class__ = property(_get_class)

    def _get_child_mock(self, **kw):
        klass = type(self).__mro__[1]
        if not issubclass(klass, CallableMixin):
            if issubclass(klass, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        return klass(**kw)

    def __get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name="()")
            self.return_value = ret
        return ret

    def __set_return_value(self, value):
        self.__dict__["_mock_return_value"] = value
        _check_and_set_parent(self, value, None, "()")

    return_value = property(__get_return_value, __set_return_value)

    def __get_side_effect(self):
        return self._mock_side_effect

    def __set_side_effect(self, value):
        if value is not None and not _is_exception(value) and \
                not callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__["_mock_side_effect"] = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(),
                               key=lambda e: e[0].count(".")):
            parts = arg.split(".")
            final = parts.pop()
            obj = self
            for entry in parts:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def reset_mock(self, visited=None, *, return_value=False,
                   side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d["called"] = False
        d["call_args"] = None
        d["call_count"] = 0
        d["mock_calls"] = _CallList()
        d["call_args_list"] = _CallList()
        d["method_calls"] = _CallList()
        if return_value:
            d["_mock_return_value"] = DEFAULT
        if side_effect:
            d["_mock_side_effect"] = None
        for child in self._mock_children.values():
            if _is_instance_mock(child) and child is not _deleted:
                child.reset_mock(visited, return_value=return_value,
                                 side_effect=side_effect)
        ret = d["_mock_return_value"]
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def __getattr__(self, name):
        if name.startswith("_mock_") or name in ("_spec_class",
                                                  "_spec_set"):
            raise AttributeError(name)
        methods = self.__dict__.get("_mock_methods")
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r"
                                     % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and name.startswith(
                ("assert", "assret", "asert", "aseert", "assrt")):
            raise AttributeError(
                "%r is not a valid assertion. Use a spec for the mock if "
                "%r is meant to be an attribute." % (name, name))
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name,
                                          wraps=wraps, _new_name=name,
                                          _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in _internal or name.startswith("_mock_"):
            return object.__setattr__(self, name, value)
        if (d.get("_spec_set") and d.get("_mock_methods") is not None
                and name not in d["_mock_methods"] and name not in d):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported:
            raise AttributeError("Attempting to set unsupported magic "
                                 "method %r." % name)
        if _is_magic(name):
            methods = d.get("_mock_methods")
            if methods is not None and name not in methods:
                raise AttributeError("Mock object has no attribute '%s'"
                                     % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, value)
                return
            _check_and_set_parent(self, value, None, name)
            setattr(type(self), name, value)
            self._mock_children[name] = value
            return
        if name == "__class__":
            d["_spec_class"] = value
            return
        if _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if _is_magic(name) and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _extract_mock_name(self):
        names = []
        m = self
        dot = "."
        while True:
            d = m.__dict__
            new_name = d.get("_mock_new_name")
            parent = d.get("_mock_new_parent")
            if parent is None:
                names.append(d.get("_mock_name") or "mock")
                break
            names.append(new_name or "")
            m = parent
        names.reverse()
        out = names[0]
        for n in names[1:]:
            if n.startswith("()"):
                out += n
            else:
                out += dot + n
        return out

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ""
        if name not in ("mock", "mock."):
            name_string = " name=%r" % name
        spec_string = ""
        if self._spec_class is not None:
            spec_string = " spec=%r"
            if self._spec_set:
                spec_string = " spec_set=%r"
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string,
                                      spec_string, id(self))

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child = [n for n, v in self._mock_children.items()
                      if v is not _deleted]
        from_type = [e for e in from_type if not e.startswith("_")]
        from_dict = [e for e in from_dict if not e.startswith("_")]
        return sorted(set(extras + from_type + from_dict + from_child))

    # --- assertions ---
    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %s." % (prefix, _safe_repr(self.mock_calls))

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or "mock", args,
                                      kwargs)

    def _format_mock_failure_message(self, args, kwargs, action="call"):
        message = "expected %s not found.\nExpected: %s\n  Actual: %s"
        expected = self._format_mock_call_signature(args, kwargs)
        ca = self.call_args
        actual = self._format_mock_call_signature(ca.args, ca.kwargs)
        return message % (action, expected, actual)

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError(
                "Expected '%s' to not have been called. Called %s times.%s"
                % (self._mock_name or "mock", self.call_count,
                   self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called."
                                 % (self._mock_name or "mock"))

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError(
                "Expected '%s' to have been called once. Called %s times.%s"
                % (self._mock_name or "mock", self.call_count,
                   self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(
                "expected call not found.\nExpected: %s\n  Actual: %s"
                % (expected, "not called."))
        expected = _Call((args, kwargs), two=True)
        if self.call_args != expected:
            raise AssertionError(
                self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError(
                "Expected '%s' to be called once. Called %s times.%s"
                % (self._mock_name or "mock", self.call_count,
                   self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError(
                    "Calls not found.\nExpected: %s%s"
                    % (_CallList(calls),
                       self._calls_repr(prefix="  Actual").rstrip(".")))
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                "%r does not contain all of %r in its call list, "
                "found %r instead" % (self._mock_name or "mock",
                                      tuple(not_found), all_calls))

    def assert_any_call(self, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in list(self.call_args_list):
            raise AssertionError(
                "%s call not found"
                % self._format_mock_call_signature(args, kwargs))


class CallableMixin(object):
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name="", _new_parent=None, **kwargs):
        self.__dict__["_mock_return_value"] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state,
                         _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect
        if return_value is not DEFAULT:
            _check_and_set_parent(self, return_value, None, "()")

    def __call__(self, *args, **kwargs):
        self._mock_record(args, kwargs)
        return self._mock_execute(args, kwargs)

    def _mock_record(self, args, kwargs):
        d = self.__dict__
        d["called"] = True
        d["call_count"] += 1
        this = _Call((args, kwargs), two=True)
        d["call_args"] = this
        d["call_args_list"].append(this)
        d["mock_calls"].append(_Call(("", args, kwargs)))
        # method_calls: follow the attribute-parent chain
        name = d.get("_mock_name")
        parent = d.get("_mock_parent")
        while parent is not None and name:
            parent.method_calls.append(_Call((name, args, kwargs)))
            pd = parent.__dict__
            if pd.get("_mock_parent") is None:
                break
            name = pd.get("_mock_name") + "." + name
            parent = pd.get("_mock_parent")
        # mock_calls: follow the new-parent chain (includes return values)
        name = d.get("_mock_new_name")
        parent = d.get("_mock_new_parent")
        seen = set()
        while parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            parent.mock_calls.append(_Call((name, args, kwargs)))
            pd = parent.__dict__
            pname = pd.get("_mock_new_name") or ""
            if name.startswith("()"):
                name = pname + name
            else:
                name = pname + "." + name
            parent = pd.get("_mock_new_parent")

    def _mock_execute(self, args, kwargs):
        effect = self._mock_side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock object."""


class MagicMixin(object):
    def __init__(self, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        these = _magics
        methods = self.__dict__.get("_mock_methods")
        if methods is not None:
            these = _magics.intersection(methods)
            remove = _magics.difference(methods)
            for entry in remove:
                if entry in type(self).__dict__:
                    delattr(type(self), entry)
        these = these.difference(type(self).__dict__)
        _type = type(self)
        for entry in these:
            setattr(_type, entry, _MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods preconfigured."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock meant to be used as a property on a class."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, **kwargs):
    """Simplified autospec: a mock whose attributes follow `spec`."""
    if isinstance(spec, type) and not instance:
        m = MagicMock(spec=spec, spec_set=spec_set or None, name=_name,
                      **kwargs)
        m.return_value = MagicMock(spec=spec, spec_set=spec_set or None)
        return m
    if spec_set:
        return MagicMock(spec_set=spec, name=_name, **kwargs)
    return MagicMock(spec=spec, name=_name, **kwargs)


def seal(mock):
    mock.__dict__["_mock_sealed"] = True


def mock_open(mock=None, read_data=""):
    """A MagicMock standing in for open(), serving `read_data`."""
    state = {"data": read_data}

    def lines():
        data = state["data"]
        sep = b"\n" if isinstance(data, bytes) else "\n"
        out = []
        while data:
            i = data.find(sep)
            if i < 0:
                out.append(data)
                break
            out.append(data[:i + 1])
            data = data[i + 1:]
        return out

    if mock is None:
        mock = MagicMock(name="open", spec=open)
    handle = MagicMock(spec=None)
    handle.__enter__.return_value = handle
    handle.write.return_value = None

    def _read(*args):
        data = state["data"]
        state["data"] = data[:0]
        return data

    def _readline(*args):
        ls = lines()
        if not ls:
            return state["data"][:0]
        state["data"] = state["data"][len(ls[0]):]
        return ls[0]

    def _readlines(*args):
        ls = lines()
        state["data"] = state["data"][:0]
        return ls

    def _iter():
        while True:
            line = _readline()
            if not line:
                return
            yield line

    handle.read.side_effect = _read
    handle.readline.side_effect = _readline
    handle.readlines.side_effect = _readlines
    handle.__iter__.side_effect = _iter

    def reset(*args, **kwargs):
        state["data"] = read_data
        return DEFAULT

    mock.side_effect = reset
    mock.return_value = handle
    return mock


# --- patching ------------------------------------------------------------------

def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _importer(target):
    components = target.split(".")
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += ".%s" % comp
        thing = _dot_lookup(thing, comp, import_path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r"
                        % (target,))
    return (lambda: _importer(target)), attribute


class _patch(object):
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' "
                                 "together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and "
                                 "'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        p = _patch(self.getter, self.attribute, self.new, self.spec,
                   self.create, self.spec_set, self.autospec,
                   self.new_callable, self.kwargs)
        p.attribute_name = self.attribute_name
        p.additional_patchers = [q.copy() for q in self.additional_patchers]
        return p

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not callable(attr_value):
                continue
            setattr(klass, attr, self.copy()(attr_value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            extra_args = []
            entered = []
            try:
                for patching in patched.patchings:
                    arg = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        keywargs.update(arg)
                    elif patching.new is DEFAULT:
                        extra_args.append(arg)
                args += tuple(extra_args)
                return func(*args, **keywargs)
            finally:
                exc = sys.exc_info()
                for patching in reversed(entered):
                    patching.__exit__(*exc)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in getattr(builtins, "__dict__", {}) and \
                getattr(target, "__name__", None) != "builtins" and \
                original is DEFAULT:
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r"
                                 % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            if new_callable is not None:
                klass = new_callable
            elif (spec is not None or spec_set is not None):
                this_spec = spec if spec_set is None else spec_set
                if callable(this_spec) and not isinstance(this_spec, type):
                    klass = MagicMock
                elif isinstance(this_spec, type) or callable(this_spec):
                    klass = MagicMock
                else:
                    klass = NonCallableMagicMock
            else:
                klass = MagicMock
            _kwargs = {}
            if spec is not None:
                _kwargs["spec"] = spec
            if spec_set is not None:
                _kwargs["spec_set"] = spec_set
            if issubclass(klass, NonCallableMock) if isinstance(
                    klass, type) else False:
                _kwargs["name"] = self.attribute
            _kwargs.update(kwargs)
            new = klass(**_kwargs)
            if inherit and _is_instance_mock(new):
                this_spec = spec if spec_set is None else spec_set
                new.return_value = klass(_new_parent=new, _new_name="()",
                                         spec=this_spec)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't "
                                "specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=bool(spec_set),
                                  _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new_attr)
        if self.attribute_name is not None:
            extra_args = {}
            if self.new is DEFAULT:
                extra_args[self.attribute_name] = new
            for patching in self.additional_patchers:
                arg = patching.__enter__()
                if patching.new is DEFAULT:
                    extra_args.update(arg)
            return extra_args
        return new

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute)
                                    or self.attribute in ("__doc__",)):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self.additional_patchers):
            patcher.__exit__(*exc_info)
        return False

    def start(self):
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None,
                  **kwargs):
    if type(target) is str:
        raise TypeError("%r must be the actual object to be patched, not a "
                        "str" % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with "
                         "patch.multiple")
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set,
                     autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this = _patch(getter, attribute, new, spec, create, spec_set,
                      autospec, new_callable, {})
        this.attribute_name = attribute
        patcher.additional_patchers.append(this)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, **kwargs):
    """Patch `target` ('package.module.Name') with `new` (or a MagicMock)."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


class _patch_dict(object):
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for attr in dir(f):
                if attr.startswith(patch.TEST_PREFIX):
                    value = getattr(f, attr)
                    if callable(value):
                        setattr(f, attr, _patch_dict(
                            self.in_dict, self.values, self.clear)(value))
            return f

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    for p in reversed(_patch._active_patches):
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = "test"
