"""lib/json/decoder.py: JSONDecoder and JSONDecodeError.

The scanner is C (_json.make_scanner, src/modules/mod_json.c) when it is
present; py_make_scanner below is the same grammar in Python, used when the
accelerator is missing (and readable as the specification).
"""

try:
    import _json as _cjson
    if not getattr(_cjson, "PITH", 0):
        _cjson = None
except ImportError:
    _cjson = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')
WHITESPACE_CHARS = ' \t\n\r'


class JSONDecodeError(ValueError):
    """ValueError for malformed JSON, with the unformatted msg, the
    document doc, the index pos where reading stopped, and lineno/colno
    (1-based) for pos.
    """
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in WHITESPACE_CHARS:
        i += 1
    return i


def _decode_u4(s, pos):
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and esc[1] not in 'xX':
        try:
            return int(esc, 16)
        except ValueError:
            pass
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def py_scanstring(s, end, strict=True):
    """Read the JSON string whose opening quote is at s[end - 1]; return
    (its value, the index after its closing quote)."""
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        i = end
        while i < n and s[i] != '"' and s[i] != '\\' and not (strict and s[i] < ' '):
            i += 1
        if i >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        chunks.append(s[end:i])
        c = s[i]
        end = i + 1
        if c == '"':
            break
        if c != '\\':
            raise JSONDecodeError("Invalid control character at", s, i)
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            if esc not in BACKSLASH:
                raise JSONDecodeError("Invalid \\escape", s, i)
            chunks.append(BACKSLASH[esc])
            end += 1
            continue
        uni = _decode_u4(s, end)
        end += 5
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            uni2 = _decode_u4(s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        chunks.append(chr(uni))
    return ''.join(chunks), end


scanstring = _cjson.scanstring if _cjson is not None else py_scanstring


def py_make_scanner(context):
    parse_object_hook = context.object_hook
    pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    strict = context.strict
    memo = {}

    def number(s, idx):
        n = len(s)
        i = idx
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            while i < n and '0' <= s[i] <= '9':
                i += 1
        else:
            raise StopIteration(idx)
        is_float = False
        if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
            i += 2
            while i < n and '0' <= s[i] <= '9':
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            k = j
            while k < n and '0' <= s[k] <= '9':
                k += 1
            if k > j:
                i = k
                is_float = True
        text = s[idx:i]
        return (parse_float(text) if is_float else parse_int(text)), i

    def obj(s, end):
        pairs = []
        end = _skip_ws(s, end)
        if s[end:end + 1] == '}':
            end += 1
        else:
            while True:
                if s[end:end + 1] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", s, end)
                key, end = scanstring(s, end + 1, strict)
                key = memo.setdefault(key, key)
                end = _skip_ws(s, end)
                if s[end:end + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, end)
                end = _skip_ws(s, end + 1)
                try:
                    value, end = scan_once(s, end)
                except StopIteration as err:
                    raise JSONDecodeError("Expecting value", s, err.value) from None
                pairs.append((key, value))
                end = _skip_ws(s, end)
                c = s[end:end + 1]
                end += 1
                if c == '}':
                    break
                if c != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
                end = _skip_ws(s, end)
        if pairs_hook is not None:
            return pairs_hook(pairs), end
        d = dict(pairs)
        if parse_object_hook is not None:
            d = parse_object_hook(d)
        return d, end

    def array(s, end):
        values = []
        end = _skip_ws(s, end)
        if s[end:end + 1] == ']':
            return values, end + 1
        while True:
            try:
                value, end = scan_once(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            end = _skip_ws(s, end)
            c = s[end:end + 1]
            end += 1
            if c == ']':
                return values, end
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)

    def scan_once(s, idx):
        if idx < 0 or idx >= len(s):
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, strict)
        if c == '{':
            return obj(s, idx + 1)
        if c == '[':
            return array(s, idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c == 'N' and s.startswith('NaN', idx):
            return parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return parse_constant('-Infinity'), idx + 9
        return number(s, idx)

    def scanner(s, idx):
        try:
            return scan_once(s, idx)
        finally:
            memo.clear()

    return scanner


make_scanner = _cjson.make_scanner if _cjson is not None else py_make_scanner


class JSONDecoder(object):
    """Turns JSON text into Python values.

    Objects become dicts (or what object_hook / object_pairs_hook make of
    them), arrays lists, strings str, numbers int or float (or what
    parse_int / parse_float return), true/false/null True/False/None, and
    the non-standard NaN, Infinity and -Infinity floats (parse_constant).
    strict=False lets control characters appear inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = None
        self.parse_array = None
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=None):
        """Return the value of the JSON document ``s`` (a str); only
        whitespace may surround it."""
        if _cjson is not None and _w is None and type(self.scan_once) is _cjson.make_scanner:
            return _cjson.decode(self.scan_once, s)
        idx = _skip_ws(s, 0) if _w is None else _w(s, 0).end()
        obj, end = self.raw_decode(s, idx)
        end = _skip_ws(s, end) if _w is None else _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Read one JSON value starting at s[idx]; return (value, the index
        after it). Text after the value is left alone."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
