"""lib/re/__init__.py: regular expressions with CPython 3.11's API, on PCRE2.

The pattern reader and the PCRE2 rewrite are in re/_parser.py; matching,
Pattern and Match are C (src/modules/mod_re.c, module _re).  This file holds
the public functions, the compiled-pattern cache, the flags, escape(), and the
replacement-template reader that sub() and Match.expand() use.
"""

import _re
from . import _parser
from ._parser import error

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


# ---- Flags ----

# In the order CPython's RegexFlag defines them (the order of repr()).
_FLAG_ORDER = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
    ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
)
_ALL_FLAGS = 511


class RegexFlag(int):
    """An int with flag names: re.IGNORECASE | re.MULTILINE."""

    __slots__ = ()

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [n for n, f in _FLAG_ORDER if v & f]
        if v & ~_ALL_FLAGS:
            return None if not names else "|".join(names)
        return "|".join(names)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = ["re." + n for n, f in _FLAG_ORDER if v & f]
        rest = v & ~_ALL_FLAGS
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return int.__format__(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _ALL_FLAGS)

    def __reduce__(self):
        return RegexFlag, (int(self),)


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)
for _n, _f in _FLAG_ORDER + (("NOFLAG", 0),):
    setattr(RegexFlag, _n, RegexFlag(_f))
del _n, _f

Pattern = _re.Pattern
Match = _re.Match


# ---- The public functions ----

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | T)


_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, "latin1")
    return pattern.translate(_special_chars_map).encode("latin1")


# ---- The cache ----

_cache = {}  # (type, pattern, flags) -> Pattern, oldest first
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _parser.compile(pattern, flags)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


# ---- Replacement templates ----

_template_cache = {}
_MAXTEMPLATES = 256


def _compile_template(pattern, repl):
    """The template `repl` for `pattern` as a list of literal pieces and
    group numbers (used by Pattern.sub in C and by Match.expand)."""
    key = (pattern, repl) if isinstance(repl, (str, bytes)) else None
    if key is not None:
        t = _template_cache.get(key)
        if t is not None:
            return t
    t = _parse_template(pattern, repl)
    if key is not None:
        if len(_template_cache) >= _MAXTEMPLATES:
            _template_cache.clear()
        _template_cache[key] = t
    return t


def _parse_template(pattern, repl):
    is_bytes = not isinstance(repl, str)
    src = bytes(repl).decode("latin-1") if is_bytes else repl
    groups = pattern.groups
    groupindex = pattern.groupindex
    n = len(src)
    result = []
    lit = []
    i = 0

    def err(msg, pos):
        return error(msg, repl, pos)

    def flush():
        if lit:
            s = "".join(lit)
            result.append(s.encode("latin-1") if is_bytes else s)
            lit.clear()

    while i < n:
        c = src[i]
        if c != "\\":
            j = src.find("\\", i)
            if j < 0:
                j = n
            lit.append(src[i:j])
            i = j
            continue
        start = i
        i += 1
        if i >= n:
            raise err("bad escape (end of pattern)", start)
        c = src[i]
        i += 1
        if c == "g":
            if i >= n or src[i] != "<":
                raise err("missing <", i)
            j = src.find(">", i + 1)
            if j < 0:
                raise err("missing >, unterminated name", i + 1)
            name = src[i + 1:j]
            if not name:
                raise err("missing group name", i + 1)
            if name.isidentifier() and not (is_bytes and not name.isascii()):
                if name not in groupindex:
                    raise IndexError("unknown group name %r" % name)
                gid = groupindex[name]
            else:
                if not (name.isdecimal() and name.isascii()):
                    raise err("bad character in group name %r" % name, i + 1)
                gid = int(name)
                if gid >= _parser.MAXGROUPS:
                    raise err("invalid group reference %d" % gid, i + 1)
            if gid > groups:
                raise err("invalid group reference %d" % gid, i + 1)
            i = j + 1
            flush()
            result.append(gid)
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and src[i] in _parser.OCTDIGITS:
                digits += src[i]
                i += 1
            lit.append(chr(int(digits, 8)))
        elif c in _parser.DIGITS:
            digits = c
            if i < n and src[i] in _parser.DIGITS:
                digits += src[i]
                i += 1
                if (digits[0] in _parser.OCTDIGITS and digits[1] in _parser.OCTDIGITS
                        and i < n and src[i] in _parser.OCTDIGITS):
                    digits += src[i]
                    i += 1
                    v = int(digits, 8)
                    if v > 0o377:
                        raise err("octal escape value \\%s outside of range 0-0o377" % digits, start)
                    lit.append(chr(v))
                    continue
            gid = int(digits)
            if gid > groups:
                raise err("invalid group reference %d" % gid, start + 1)
            flush()
            result.append(gid)
        elif c in _parser.CHAR_ESCAPES:
            lit.append(chr(_parser.CHAR_ESCAPES[c]))
        elif c == "b":
            lit.append("\b")
        elif c in _parser.ASCIILETTERS:
            raise err("bad escape \\" + c, start)
        else:
            lit.append("\\" + c)
    flush()
    return result


def _expand(pattern, match, template):
    """Match.expand(template): the template with its group references filled in."""
    items = _compile_template(pattern, template)
    empty = match.string[:0]
    if not isinstance(empty, (str, bytes)):
        empty = bytes(empty)
    parts = []
    for item in items:
        if isinstance(item, int):
            g = match.group(item)
            if g is not None:
                parts.append(g)
        else:
            parts.append(item)
    return empty.join(parts)


# ---- copyreg support ----

def _pickle(p):
    return _compile, (p.pattern, p.flags)


try:
    import copyreg as _copyreg
    _copyreg.pickle(Pattern, _pickle, _compile)
except Exception:
    pass
