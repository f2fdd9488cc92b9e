"""lib/re/_parser.py: read a Python regular expression and rewrite it for PCRE2.

The reader walks the pattern once, in the shape of the grammar (alternation,
sequence, quantified atom, group, character class, escape), raising CPython's
re.error messages and positions for malformed patterns.  What it writes is
PCRE2 syntax with the same meaning:

  - every capturing group becomes a plain numbered group; names live in
    groupindex, so (?P=name) and (?(name)...) become \\g{N} and (?(N)...);
  - literals that could mean something else to PCRE2 are written as \\x{hh};
  - \\Z becomes \\z, \\v becomes \\x{b}, \\uXXXX, \\UXXXXXXXX, \\N{...} and
    octal escapes become \\x{...}, \\1 becomes \\g{1};
  - verbose mode (re.X) is stripped here, since PCRE2's extended mode differs
    in details (whitespace inside quantifiers, classes);
  - global inline flags are folded into the flags; scoped (?i:...) (?s:...)
    (?m:...) pass through, (?x:...) switches the reader's own verbose mode.

The result is handed to _re.compile (src/modules/mod_re.c).
"""

import _re

TEMPLATE = 1
IGNORECASE = 2
LOCALE = 4
MULTILINE = 8
DOTALL = 16
UNICODE = 32
VERBOSE = 64
DEBUG = 128
ASCII = 256

MAXREPEAT = 4294967295
MAXGROUPS = 65535

FLAGS = {"i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL,
         "x": VERBOSE, "a": ASCII, "t": TEMPLATE, "u": UNICODE}
TYPE_FLAGS = ASCII | LOCALE | UNICODE
GLOBAL_FLAGS = DEBUG | TEMPLATE

DIGITS = "0123456789"
OCTDIGITS = "01234567"
HEXDIGITS = "0123456789abcdefABCDEF"
ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
WHITESPACE = " \t\n\r\v\f"

# Escapes that stand for one character, in and out of classes (\b only in classes).
CHAR_ESCAPES = {"a": 7, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}
# Category escapes, which PCRE2 reads the same way (with PCRE2_UCP for str).
CATEGORIES = "dDsSwW"


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _lit(o, is_bytes):
    """PCRE2 text for the literal code point o, in or out of a class."""
    if o < 128:
        c = chr(o)
        if c.isalnum():
            return c
        return "\\x{%x}" % o
    if is_bytes or 0xD800 <= o <= 0xDFFF:
        return "\\x{%x}" % o
    return chr(o)


class _Reader:
    def __init__(self, pattern, flags):
        self.orig = pattern
        self.is_bytes = not isinstance(pattern, str)
        self.src = pattern.decode("latin-1") if self.is_bytes else pattern
        self.n = len(self.src)
        self.i = 0
        self.flags = flags
        self.verbose = bool(flags & VERBOSE)
        self.out = []
        self.groups = 0
        self.groupindex = {}
        self.open = set()
        self.lastorder = []
        self.condrefs = {}  # group number -> position, for conditions on later groups
        self.depth = 0

    # ---- helpers ----

    def error(self, msg, pos=None):
        return error(msg, self.orig, self.i if pos is None else pos)

    def peek(self):
        return self.src[self.i] if self.i < self.n else None

    def skip_verbose(self):
        src, n = self.src, self.n
        while self.i < n:
            c = src[self.i]
            if c in WHITESPACE:
                self.i += 1
            elif c == "#":
                j = src.find("\n", self.i)
                self.i = n if j < 0 else j + 1
            else:
                break

    def get_until(self, term, what):
        """Read a name up to `term`; return it and consume the terminator."""
        start = self.i
        j = self.src.find(term, start)
        if j < 0:
            raise self.error("missing %s, unterminated name" % term, start)
        name = self.src[start:j]
        if not name:
            raise self.error("missing " + what, start)
        self.i = j + 1
        return name, start

    def check_name(self, name, pos):
        if not name.isidentifier() or (self.is_bytes and not name.isascii()):
            raise self.error("bad character in group name %r" % name, pos)

    # ---- grammar ----

    def parse(self):
        self.alternation(top=True)
        if self.i < self.n:
            raise self.error("unbalanced parenthesis")
        for gid, pos in self.condrefs.items():
            if gid > self.groups:
                raise self.error("invalid group reference %d" % gid, pos)
        return "".join(self.out)

    def alternation(self, top=False):
        self.sequence(top)
        while self.i < self.n and self.src[self.i] == "|":
            self.i += 1
            self.out.append("|")
            self.sequence(False)

    def sequence(self, first):
        last = None  # None: nothing yet, "at": an assertion, "item", "repeat"
        src, n = self.src, self.n
        while True:
            if self.verbose:
                self.skip_verbose()
            if self.i >= n:
                return
            c = src[self.i]
            if c == "|" or c == ")":
                return
            start = self.i
            if c in "*+?" or (c == "{" and self.is_quantifier()):
                if last is None or last == "at":
                    raise self.error("nothing to repeat", start)
                if last == "repeat":
                    raise self.error("multiple repeat", start)
                self.quantifier()
                last = "repeat"
                continue
            self.i += 1
            if c == ".":
                self.out.append(".")
                last = "item"
            elif c == "^" or c == "$":
                self.out.append(c)
                last = "at"
            elif c == "[":
                self.char_class(start)
                last = "item"
            elif c == "(":
                kind = self.group(start, first and last is None)
                if kind is not None:
                    last = kind
            elif c == "\\":
                last = self.escape(start)
            else:
                self.out.append(_lit(ord(c), self.is_bytes))
                last = "item"

    def is_quantifier(self):
        src, n = self.src, self.n
        j = self.i + 1
        while j < n and src[j] in DIGITS:
            j += 1
        if j < n and src[j] == ",":
            j += 1
            while j < n and src[j] in DIGITS:
                j += 1
        return j < n and src[j] == "}" and j > self.i + 1

    def quantifier(self):
        src = self.src
        c = src[self.i]
        start = self.i
        self.i += 1
        if c == "{":
            j = self.i
            while src[j] in DIGITS:
                j += 1
            lo = src[self.i:j]
            if src[j] == ",":
                k = j + 1
                while src[k] in DIGITS:
                    k += 1
                hi = src[j + 1:k]
                j = k
            else:
                hi = lo
            self.i = j + 1
            mn = int(lo) if lo else 0
            mx = int(hi) if hi else MAXREPEAT
            if mn >= MAXREPEAT or (hi and mx >= MAXREPEAT):
                raise OverflowError("the repetition number is too large")
            if hi and mx < mn:
                raise self.error("min repeat greater than max repeat", start + 1)
            self.out.append("{%d,%s}" % (mn, hi and str(mx)))
        else:
            self.out.append(c)
        if self.i < self.n and src[self.i] in "?+":
            self.out.append(src[self.i])
            self.i += 1

    # ---- groups ----

    def group(self, start, first):
        """Parse after '('. Returns the kind of item for the sequence, or None
        when nothing was emitted (comments, global flags)."""
        src = self.src
        capture = True
        head = "("
        cond = None
        saved_verbose = self.verbose
        if self.peek() == "?":
            self.i += 1
            c = self.peek()
            if c is None:
                raise self.error("unexpected end of pattern")
            self.i += 1
            if c == "P":
                c2 = self.peek()
                if c2 is None:
                    raise self.error("unexpected end of pattern")
                self.i += 1
                if c2 == "<":
                    name, pos = self.get_until(">", "group name")
                    self.check_name(name, pos)
                    gid = self.groups + 1
                    if name in self.groupindex:
                        raise self.error("redefinition of group name %r as group %d; was group %d"
                                         % (name, gid, self.groupindex[name]), pos)
                    self.groupindex[name] = gid
                elif c2 == "=":
                    name, pos = self.get_until(")", "group name")
                    self.check_name(name, pos)
                    gid = self.groupindex.get(name)
                    if gid is None:
                        raise self.error("unknown group name %r" % name, pos)
                    if gid in self.open:
                        raise self.error("cannot refer to an open group", pos)
                    self.out.append("(?:\\g{%d})" % gid)
                    return "item"
                else:
                    raise self.error("unknown extension ?P" + c2, start + 1)
            elif c == ":":
                capture, head = False, "(?:"
            elif c == "#":
                j = src.find(")", self.i)
                if j < 0:
                    raise self.error("missing ), unterminated comment", start)
                self.i = j + 1
                return None
            elif c in "=!":
                capture, head = False, "(?" + c
            elif c == "<":
                c2 = self.peek()
                if c2 is None:
                    raise self.error("unexpected end of pattern")
                self.i += 1
                if c2 not in "=!":
                    raise self.error("unknown extension ?<" + c2, start + 1)
                capture, head = False, "(?<" + c2
            elif c == ">":
                capture, head = False, "(?>"
            elif c == "(":
                capture = False
                cond = self.condition()
                head = "(?(%d)" % cond
            elif c in FLAGS or c == "-":
                r = self.inline_flags(c, start, first)
                if r is None:
                    return None
                capture = False
                head = r
            else:
                raise self.error("unknown extension ?" + c, start + 1)
        gid = 0
        if capture:
            self.groups += 1
            gid = self.groups
            if gid >= MAXGROUPS:
                raise self.error("too many groups")
            self.open.add(gid)
        self.out.append(head)
        self.depth += 1
        if cond is not None:
            self.sequence(False)
            if self.peek() == "|":
                self.i += 1
                self.out.append("|")
                self.sequence(False)
                if self.peek() == "|":
                    raise self.error("conditional backref with more than two branches")
        else:
            self.alternation()
        self.depth -= 1
        if self.peek() != ")":
            raise self.error("missing ), unterminated subpattern", start)
        self.i += 1
        self.out.append(")")
        self.verbose = saved_verbose
        if capture:
            self.open.discard(gid)
            self.lastorder.append(gid)
        return "item"

    def condition(self):
        name, pos = self.get_until(")", "group name")
        if name.isidentifier():
            gid = self.groupindex.get(name)
            if gid is None:
                raise self.error("unknown group name %r" % name, pos)
            return gid
        if not (name.isdecimal() and name.isascii()):
            raise self.error("bad character in group name %r" % name, pos)
        gid = int(name)
        if gid == 0:
            raise self.error("bad group number", pos)
        if gid >= MAXGROUPS:
            raise self.error("invalid group reference %d" % gid, pos)
        if gid > self.groups:
            self.condrefs.setdefault(gid, pos)
        return gid

    def inline_flags(self, c, start, first):
        """After '(?' and the first flag char. Returns the PCRE2 head for a
        scoped group, or None for global flags (already applied)."""
        src, n = self.src, self.n
        add = 0
        sub = 0
        if c != "-":
            while True:
                flag = FLAGS[c]
                if not self.is_bytes and c == "L":
                    raise self.error("bad inline flags: cannot use 'L' flag with a str pattern")
                if self.is_bytes and c == "u":
                    raise self.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
                add |= flag
                if (flag & TYPE_FLAGS) and (add & TYPE_FLAGS) != flag:
                    raise self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                if self.i >= n:
                    raise self.error("missing -, : or )")
                c = src[self.i]
                self.i += 1
                if c in ")-:":
                    break
                if c not in FLAGS:
                    raise self.error("unknown flag" if c.isalpha() else "missing -, : or )", self.i - 1)
        if c == ")":
            if not first:
                raise self.error("global flags not at the start of the expression", start)
            self.flags |= add
            if add & VERBOSE:
                self.verbose = True
            return None
        if add & GLOBAL_FLAGS:
            raise self.error("bad inline flags: cannot turn on global flag", self.i - 1)
        if c == "-":
            if self.i >= n:
                raise self.error("missing flag")
            c = src[self.i]
            self.i += 1
            if c not in FLAGS:
                raise self.error("unknown flag" if c.isalpha() else "missing flag", self.i - 1)
            while True:
                flag = FLAGS[c]
                if flag & TYPE_FLAGS:
                    raise self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                sub |= flag
                if self.i >= n:
                    raise self.error("missing :")
                c = src[self.i]
                self.i += 1
                if c == ":":
                    break
                if c not in FLAGS:
                    raise self.error("unknown flag" if c.isalpha() else "missing :", self.i - 1)
        if sub & GLOBAL_FLAGS:
            raise self.error("bad inline flags: cannot turn off global flag", self.i - 1)
        if add & sub:
            raise self.error("bad inline flags: flag turned on and off", self.i - 1)
        if add & VERBOSE:
            self.verbose = True
        if sub & VERBOSE:
            self.verbose = False
        on = "".join(ch for ch in "ims" if add & FLAGS[ch])
        off = "".join(ch for ch in "ims" if sub & FLAGS[ch])
        return "(?" + on + ("-" + off if off else "") + ":"

    # ---- escapes ----

    def hex_escape(self, start, c, count):
        digits = self.src[self.i:self.i + count]
        k = 0
        while k < len(digits) and digits[k] in HEXDIGITS:
            k += 1
        if k < count:
            raise self.error("incomplete escape \\%s%s" % (c, digits[:k]), start)
        self.i += count
        v = int(digits, 16)
        if c == "U" and v > 0x10FFFF:
            raise self.error("bad escape \\%s%s" % (c, digits), start)
        return v

    def named_char(self, start):
        if self.peek() != "{":
            raise self.error("missing {", self.i)
        self.i += 1
        name, pos = self.get_until("}", "character name")
        try:
            import unicodedata
            return ord(unicodedata.lookup(name))
        except (ImportError, KeyError):
            raise self.error("undefined character name %r" % name, start) from None

    def char_escape(self, start, c, in_class):
        """Escapes that denote one character (shared by classes and sequences).
        Returns the code point, or None if `c` is not one of them."""
        if c == "x":
            return self.hex_escape(start, c, 2)
        if not self.is_bytes:
            if c == "u":
                return self.hex_escape(start, c, 4)
            if c == "U":
                return self.hex_escape(start, c, 8)
            if c == "N":
                return self.named_char(start)
        if c in CHAR_ESCAPES:
            return CHAR_ESCAPES[c]
        if in_class and c == "b":
            return 8
        return None

    def octal(self, start, first):
        """Octal escape whose first digit was already read; up to 3 digits."""
        digits = first
        while len(digits) < 3 and self.i < self.n and self.src[self.i] in OCTDIGITS:
            digits += self.src[self.i]
            self.i += 1
        v = int(digits, 8)
        if v > 0o377:
            raise self.error("octal escape value \\%s outside of range 0-0o377" % digits, start)
        return v

    def escape(self, start):
        """After a backslash outside a class; emits and returns the item kind."""
        src = self.src
        if self.i >= self.n:
            raise self.error("bad escape (end of pattern)", start)
        c = src[self.i]
        self.i += 1
        if c in "AbB":
            self.out.append("\\" + c)
            return "at"
        if c == "Z":
            self.out.append("\\z")
            return "at"
        if c in CATEGORIES:
            self.out.append("\\" + c)
            return "item"
        if c == "0":
            self.out.append(_lit(self.octal(start, "0"), self.is_bytes))
            return "item"
        if c in DIGITS:
            nxt = self.peek()
            if nxt is not None and nxt in DIGITS:
                third = src[self.i + 1] if self.i + 1 < self.n else ""
                if c in OCTDIGITS and nxt in OCTDIGITS and third and third in OCTDIGITS:
                    self.i += 2
                    v = int(c + nxt + third, 8)
                    if v > 0o377:
                        raise self.error("octal escape value \\%s outside of range 0-0o377"
                                         % (c + nxt + third), start)
                    self.out.append(_lit(v, self.is_bytes))
                    return "item"
                self.i += 1
                gid = int(c + nxt)
            else:
                gid = int(c)
            if gid > self.groups:
                raise self.error("invalid group reference %d" % gid, start + 1)
            if gid in self.open:
                raise self.error("cannot refer to an open group", start)
            self.out.append("\\g{%d}" % gid)
            return "item"
        v = self.char_escape(start, c, False)
        if v is not None:
            self.out.append(_lit(v, self.is_bytes))
            return "item"
        if c in ASCIILETTERS:
            raise self.error("bad escape \\" + c, start)
        self.out.append(_lit(ord(c), self.is_bytes))
        return "item"

    # ---- character classes ----

    def class_item(self):
        """One class member: ('lit', code point, text) or ('cat', escape, text)."""
        src = self.src
        start = self.i
        c = src[self.i]
        self.i += 1
        if c != "\\":
            return "lit", ord(c), c
        if self.i >= self.n:
            raise self.error("unterminated character set", self._class_start)
        c = src[self.i]
        self.i += 1
        if c in CATEGORIES:
            return "cat", "\\" + c, "\\" + c
        if c in OCTDIGITS:
            v = self.octal(start, c)
            return "lit", v, src[start:self.i]
        if c in DIGITS:
            raise self.error("bad escape \\" + c, start)
        v = self.char_escape(start, c, True)
        if v is not None:
            return "lit", v, src[start:self.i]
        if c in ASCIILETTERS:
            raise self.error("bad escape \\" + c, start)
        return "lit", ord(c), src[start:self.i]

    def char_class(self, start):
        src, n = self.src, self.n
        self._class_start = start
        parts = ["["]
        if self.i < n and src[self.i] == "^":
            parts.append("^")
            self.i += 1
        first = True
        while True:
            if self.i >= n:
                raise self.error("unterminated character set", start)
            c = src[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            here = self.i
            kind, val, text = self.class_item()
            if self.i < n and src[self.i] == "-":
                self.i += 1
                if self.i >= n:
                    raise self.error("unterminated character set", start)
                if src[self.i] == "]":
                    parts.append(val if kind == "cat" else _lit(val, self.is_bytes))
                    parts.append("\\x{2d}")
                    continue
                kind2, val2, text2 = self.class_item()
                if kind == "cat" or kind2 == "cat" or val2 < val:
                    raise self.error("bad character range %s-%s" % (text, text2), here)
                parts.append(_lit(val, self.is_bytes) + "-" + _lit(val2, self.is_bytes))
            else:
                parts.append(val if kind == "cat" else _lit(val, self.is_bytes))
        parts.append("]")
        self.out.append("".join(parts))


def translate(pattern, flags):
    """Read `pattern` (str or bytes) with `flags`; return (code bytes, PCRE2
    options, final flags, groups, groupindex, indexgroup, lastorder)."""
    r = _Reader(pattern, flags)
    text = r.parse()
    flags = r.flags
    if r.is_bytes:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
        code = text.encode("latin-1")
        opts = 0
    else:
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        try:
            code = text.encode("utf-8")
        except UnicodeEncodeError:
            raise error("surrogate characters are not supported in patterns", pattern, 0) from None
        opts = _re.PCRE2_UTF | _re.PCRE2_NO_UTF_CHECK
        if not flags & ASCII:
            opts |= _re.PCRE2_UCP
    opts |= _re.PCRE2_ALT_CIRCUMFLEX
    if flags & IGNORECASE:
        opts |= _re.PCRE2_CASELESS
    if flags & MULTILINE:
        opts |= _re.PCRE2_MULTILINE
    if flags & DOTALL:
        opts |= _re.PCRE2_DOTALL
    indexgroup = [None] * (r.groups + 1)
    for name, gid in r.groupindex.items():
        indexgroup[gid] = name
    return code, opts, flags, r.groups, r.groupindex, tuple(indexgroup), tuple(r.lastorder)


_PCRE_MESSAGES = {
    "lookbehind assertion is not fixed length": "look-behind requires fixed-width pattern",
}


def compile(pattern, flags):
    """A compiled Pattern object for `pattern` (str or bytes) and int `flags`."""
    code, opts, flags, groups, groupindex, indexgroup, lastorder = translate(pattern, flags)
    p = _re.compile(pattern, flags, code, opts, groups, groupindex, indexgroup, lastorder)
    if type(p) is tuple:
        msg = p[0]
        if msg in _PCRE_MESSAGES:
            raise error(_PCRE_MESSAGES[msg])
        if msg.startswith("number too big in {}"):
            raise OverflowError("the repetition number is too large")
        raise error(msg, pattern, None)
    return p
