"""lib/json/encoder.py: JSONEncoder.

JSONEncoder.iterencode hands the whole document to the C encoder
(_json.make_encoder, src/modules/mod_json.c) when it is present, with or
without indent; _make_iterencode below is the Python version, used when the
accelerator is missing or iterencode() is asked for chunks.
"""

try:
    import _json as _cjson
    if not getattr(_cjson, "PITH", 0):
        _cjson = None
except ImportError:
    _cjson = None

INFINITY = float('inf')

ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
              '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    return '"' + ''.join(ESCAPE_DCT.get(c, c) for c in s) + '"'


def _ascii_char(c):
    e = ESCAPE_DCT.get(c)
    if e is not None:
        return e
    n = ord(c)
    if n < 0x7f:
        return c
    if n < 0x10000:
        return '\\u{0:04x}'.format(n)
    n -= 0x10000
    return '\\u{0:04x}\\u{1:04x}'.format(0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    return '"' + ''.join(_ascii_char(c) for c in s) + '"'


encode_basestring = (_cjson.encode_basestring if _cjson is not None
                     else py_encode_basestring)
encode_basestring_ascii = (_cjson.encode_basestring_ascii if _cjson is not None
                           else py_encode_basestring_ascii)
c_make_encoder = _cjson.make_encoder if _cjson is not None else None


class JSONEncoder(object):
    """Turns Python values into JSON text.

    dict becomes an object, list and tuple arrays, str strings, int and
    float numbers, True/False/None true/false/null. For anything else
    encode() calls default(o), which a subclass (or the ``default``
    argument) overrides to return something encodable; the base version
    raises TypeError.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return an encodable stand-in for ``o``; here: TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return ``o`` as a JSON document (a str)."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Return ``o`` as JSON in chunks (an iterable of str)."""
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent

        def floatstr(o, allow_nan=self.allow_nan, _repr=float.__repr__,
                     _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError(
                    "Out of range float values are not JSON compliant")
            return text

        if (c_make_encoder is not None and isinstance(self.item_separator, str)
                and isinstance(self.key_separator, str)):
            mode = 1 if _encoder is encode_basestring_ascii else 2
            _iterencode = c_make_encoder(
                markers, self.default, _encoder, indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan, mode)
        else:
            _iterencode = _make_iterencode(
                markers, self.default, _encoder, indent, floatstr,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, _one_shot)
        return _iterencode(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys, _one_shot):
    """The pure-Python encoder: a generator of chunks."""

    def newline(level):
        return '\n' + _indent * level

    def enter(o):
        if markers is not None:
            mid = id(o)
            if mid in markers:
                raise ValueError("Circular reference detected")
            markers[mid] = o
            return mid
        return None

    def leave(mid):
        if mid is not None:
            del markers[mid]

    def scalar(o):
        if isinstance(o, str):
            return _encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _floatstr(o)
        return None

    def encode_list(lst, level):
        if not lst:
            yield '[]'
            return
        mid = enter(lst)
        yield '['
        if _indent is not None:
            level += 1
            sep = _item_separator + newline(level)
            yield newline(level)
        else:
            sep = _item_separator
        first = True
        for value in lst:
            if not first:
                yield sep
            first = False
            yield from encode(value, level)
        if _indent is not None:
            level -= 1
            yield newline(level)
        yield ']'
        leave(mid)

    def key_text(key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if _skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def encode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        mid = enter(dct)
        yield '{'
        if _indent is not None:
            level += 1
            sep = _item_separator + newline(level)
            yield newline(level)
        else:
            sep = _item_separator
        items = sorted(dct.items()) if _sort_keys else dct.items()
        first = True
        for key, value in items:
            key = key_text(key)
            if key is None:
                continue
            if not first:
                yield sep
            first = False
            yield _encoder(key)
            yield _key_separator
            yield from encode(value, level)
        if _indent is not None:
            level -= 1
            yield newline(level)
        yield '}'
        leave(mid)

    def encode(o, level):
        s = scalar(o)
        if s is not None:
            yield s
        elif isinstance(o, (list, tuple)):
            yield from encode_list(o, level)
        elif isinstance(o, dict):
            yield from encode_dict(o, level)
        else:
            mid = enter(o)
            yield from encode(_default(o), level)
            leave(mid)

    return encode
