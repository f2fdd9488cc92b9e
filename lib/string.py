"""string: string constants, Template strings, Formatter and capwords.

Template and Formatter are implemented with hand-written scanners so that
they work without the re module; a Template subclass that customises its
pattern (pattern, idpattern, braceidpattern or flags) is matched with re.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s with sep, capitalize each word and join them with sep
    (a single space when sep is None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# =============================================================================
# Template
# =============================================================================

_sentinel_dict = {}
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_RE_IGNORECASE = 2


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')


class _LazyPattern:
    """Template.pattern: the compiled regular expression, built on first use."""

    def __get__(self, inst, cls):
        pat = cls.__dict__.get('_compiled_pattern')
        if pat is None:
            pat = cls._compile_pattern()
            cls._compiled_pattern = pat
        return pat


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _RE_IGNORECASE
    pattern = _LazyPattern()

    def __init_subclass__(cls):
        super().__init_subclass__()
        custom = ('pattern' in cls.__dict__ or
                  cls.idpattern != _DEFAULT_IDPATTERN or
                  cls.braceidpattern is not None or
                  cls.flags != _RE_IGNORECASE)
        cls._use_re = custom
        if 'pattern' in cls.__dict__ and not isinstance(cls.__dict__['pattern'], _LazyPattern):
            pat = cls.__dict__['pattern']
            import re
            if isinstance(pat, str):
                pat = re.compile(pat, cls.flags | re.VERBOSE)
            cls._compiled_pattern = pat
            cls.pattern = _LazyPattern()
        elif custom:
            cls._compiled_pattern = cls._compile_pattern()

    _use_re = False

    @classmethod
    def _compile_pattern(cls):
        import re
        delim = re.escape(cls.delimiter)
        id = cls.idpattern
        bid = cls.braceidpattern or cls.idpattern
        pattern = fr"""
        {delim}(?:
          (?P<escaped>{delim})  |   # Escape sequence of two delimiters
          (?P<named>{id})       |   # delimiter and a Python identifier
          {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
          (?P<invalid>)             # Other ill-formed delimiter exprs
        )
        """
        return re.compile(pattern, cls.flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    # --- scanning -----------------------------------------------------------
    # _scan yields (start, end, kind, name) for every delimiter occurrence,
    # kind being 'escaped', 'named', 'braced' or 'invalid'.

    def _scan(self):
        if self._use_re:
            yield from self._scan_re()
            return
        text = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(text)
        i = text.find(delim) if dl else -1
        while i >= 0:
            j = i + dl
            if text.startswith(delim, j):
                yield i, j + dl, 'escaped', None
                i = text.find(delim, j + dl)
                continue
            if j < n and _is_id_start(text[j]):
                k = j + 1
                while k < n and _is_id_char(text[k]):
                    k += 1
                yield i, k, 'named', text[j:k]
                i = text.find(delim, k)
                continue
            if j < n and text[j] == '{' and j + 1 < n and _is_id_start(text[j + 1]):
                k = j + 2
                while k < n and _is_id_char(text[k]):
                    k += 1
                if k < n and text[k] == '}':
                    yield i, k + 1, 'braced', text[j + 1:k]
                    i = text.find(delim, k + 1)
                    continue
            yield i, j, 'invalid', None
            i = text.find(delim, j)

    def _scan_re(self):
        for mo in self.pattern.finditer(self.template):
            g = mo.groupdict()
            if g.get('escaped') is not None:
                yield mo.start(), mo.end(), 'escaped', None
            elif g.get('named') is not None:
                yield mo.start(), mo.end(), 'named', g['named']
            elif g.get('braced') is not None:
                yield mo.start(), mo.end(), 'braced', g['braced']
            elif g.get('invalid') is not None:
                yield mo.start(), mo.start('invalid'), 'invalid', None
            else:
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _render(self, mapping, safe):
        out = []
        pos = 0
        text = self.template
        for start, end, kind, name in self._scan():
            out.append(text[pos:start])
            pos = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                out.append(text[start:end])
            else:
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(text[start:end])
                else:
                    out.append(str(mapping[name]))
        out.append(text[pos:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """Substitute placeholders from mapping and keywords; a missing key
        raises KeyError and an ill-formed placeholder ValueError."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._render(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """Like substitute(), but leave missing or ill-formed placeholders
        unchanged."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._render(mapping, True)

    def is_valid(self):
        """True if the template has no invalid placeholders."""
        return all(kind != 'invalid' for _, _, kind, _ in self._scan())

    def get_identifiers(self):
        """The identifiers of the valid placeholders, in order, without
        duplicates."""
        ids = []
        for _, _, kind, name in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


# =============================================================================
# Formatter
# =============================================================================

def _parse_format(s):
    """Yield (literal_text, field_name, format_spec, conversion) tuples for
    the format string s, as str.format understands it."""
    n = len(s)
    i = 0
    while i < n:
        j = i
        while j < n and s[j] not in '{}':
            j += 1
        if j >= n:
            yield s[i:], None, None, None
            return
        c = s[j]
        if j + 1 < n and s[j + 1] == c:
            yield s[i:j + 1], None, None, None
            i = j + 2
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if j + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        literal = s[i:j]
        # The field name runs to ':', '!' or '}' outside brackets.
        k = j + 1
        bracket = False
        while True:
            if k >= n:
                raise ValueError("expected '}' before end of string")
            ch = s[k]
            if bracket:
                if ch == ']':
                    bracket = False
            elif ch == '[':
                bracket = True
            elif ch == '{':
                raise ValueError("unexpected '{' in field name")
            elif ch in '}:!':
                break
            k += 1
        name = s[j + 1:k]
        conversion = None
        spec = ''
        if s[k] == '!':
            if k + 1 >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[k + 1]
            k += 2
            if k >= n:
                raise ValueError("unmatched '{' in format spec")
            if s[k] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        if s[k] == ':':
            depth = 1
            m = k + 1
            while True:
                if m >= n:
                    raise ValueError("unmatched '{' in format spec")
                if s[m] == '{':
                    depth += 1
                elif s[m] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                m += 1
            spec = s[k + 1:m]
            k = m
        yield literal, name, spec, conversion
        i = k + 1


def _split_field_name(name):
    """Split 'a.b[0]' into ('a', [(True, 'b'), (False, 0)])."""
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        else:
            j = name.find(']', i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """The str.format() machinery, with overridable steps."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec,
        conversion) tuples."""
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
