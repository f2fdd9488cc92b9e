"""csv: reading and writing of comma-separated-value files (pith).

A pure-Python implementation of the csv module: the reader is a small
character state machine, the writer quotes/escapes each field according
to the dialect.  Behaviour and error messages follow CPython 3.11.
"""

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "unix_dialect",
           "field_size_limit", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "Sniffer", "unregister_dialect",
           "DictReader", "DictWriter", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    pass


Error.__module__ = "_csv"

_field_limit = 128 * 1024
_dialects = {}


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d"
                        % len(args))
    old = _field_limit
    if args:
        new = args[0]
        if not isinstance(new, int):
            raise TypeError('"limit" must be an integer')
        _field_limit = new
    return old


def _check_char(name, value, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be string, not NoneType' % name)
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s'
                            % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s'
                        % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _DialectValues(object):
    """Validated, immutable set of dialect parameters."""

    __slots__ = ("delimiter", "quotechar", "escapechar", "doublequote",
                 "skipinitialspace", "lineterminator", "quoting", "strict")

    def __init__(self, dialect=None, **kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name, default):
            if name in kw:
                return kw[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default

        for k in kw:
            if k not in _DialectValues.__slots__:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "Dialect()" % k)
        delimiter = pick("delimiter", ",")
        quotechar = pick("quotechar", '"')
        escapechar = pick("escapechar", None)
        doublequote = pick("doublequote", True)
        skipinitialspace = pick("skipinitialspace", False)
        lineterminator = pick("lineterminator", "\r\n")
        quoting = pick("quoting", QUOTE_MINIMAL)
        strict = pick("strict", False)
        sa = object.__setattr__
        sa(self, "delimiter", _check_char("delimiter", delimiter, False))
        if escapechar is not None:
            _check_char("escapechar", escapechar, True)
        sa(self, "escapechar", escapechar)
        if quotechar is not None:
            _check_char("quotechar", quotechar, True)
        sa(self, "quotechar", quotechar)
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        sa(self, "lineterminator", lineterminator)
        if type(quoting) is not int or quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if quotechar is None and "quoting" not in kw and not (
                dialect is not None and hasattr(dialect, "quoting")
                and getattr(dialect, "quoting") is not None):
            quoting = QUOTE_NONE
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        sa(self, "quoting", quoting)
        sa(self, "doublequote", bool(doublequote))
        sa(self, "skipinitialspace", bool(skipinitialspace))
        sa(self, "strict", bool(strict))

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is "
                             "not writable" % name)


class Dialect:
    """Describe a CSV dialect (subclass it and set the attributes)."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _DialectValues(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _DialectValues(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# reader states
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

_EOL = None


class _Reader(object):
    def __init__(self, iterable, dialect=None, **fmtparams):
        self._it = iter(iterable)
        self.dialect = _DialectValues(dialect, **fmtparams)
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        s = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            s = float(s)
        self._fields.append(s)

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        st = self._state
        if st == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            st = self._state = _START_FIELD
        if st == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif st == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = "\n"
            self._add(c)
            self._state = _IN_FIELD
        elif st == _AFTER_ESCAPED_CRNL or st == _IN_FIELD:
            if st == _AFTER_ESCAPED_CRNL:
                if c is _EOL:
                    return
                self._state = _IN_FIELD
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
        elif st == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self._state = _QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = _IN_FIELD
            else:
                self._add(c)
        elif st == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = "\n"
            self._add(c)
            self._state = _IN_QUOTED_FIELD
        elif st == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'"
                            % (d.delimiter, d.quotechar))
        elif st == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in "
                            "universal-newline mode?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields


class _Writer(object):
    def __init__(self, fileobj, dialect=None, **fmtparams):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _DialectValues(dialect, **fmtparams)

    def _quote_field(self, field, quoted):
        d = self.dialect
        special = (d.delimiter, d.escapechar, d.quotechar)
        out = []
        for c in field:
            if c in special or c in d.lineterminator:
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        s = "".join(out)
        if quoted:
            if d.quotechar is None:
                raise Error("quotechar must be set if quoting enabled")
            s = d.quotechar + s + d.quotechar
        return s

    def _format(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        parts = []
        for field in it:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex)) \
                    and not _is_number(field)
            elif d.quoting == QUOTE_ALL:
                quoted = True
            else:
                quoted = False
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._quote_field(text, quoted))
        if len(parts) == 1 and parts[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            if d.quotechar is not None:
                parts[0] = d.quotechar * 2
        return d.delimiter.join(parts) + d.lineterminator

    def writerow(self, row):
        return self._write(self._format(row))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def _is_number(x):
    t = type(x)
    for k in t.__mro__:
        if k.__name__ in ("Decimal", "Fraction") or \
                "__index__" in k.__dict__ or "__float__" in k.__dict__:
            return True
    return False


def reader(csvfile, dialect=None, **fmtparams):
    return _Reader(csvfile, dialect, **fmtparams)


def writer(fileobj, dialect=None, **fmtparams):
    return _Writer(fileobj, dialect, **fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Deduce the format of a CSV file (simple heuristics)."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        patterns = (
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
        )
        matches = []
        for pat in patterns:
            regexp = re.compile(pat, re.DOTALL | re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break
        if not matches:
            return ("", False, None, 0)
        names = list(regexp.groupindex)
        quotes = {}
        delims = {}
        spaces = 0
        for m in matches:
            if not isinstance(m, tuple):
                m = (m,)
            g = dict(zip(sorted(names, key=lambda n: regexp.groupindex[n]),
                         m))
            key = g.get("quote")
            if key:
                quotes[key] = quotes.get(key, 0) + 1
            key = g.get("delim")
            if key and (delimiters is None or key in delimiters):
                delims[key] = delims.get(key, 0) + 1
            if g.get("space"):
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == "\n":
                delim = ""
        else:
            delim = ""
            skipinitialspace = 0
        dq = re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
            % {"delim": re.escape(delim), "quote": quotechar}, re.MULTILINE)
        doublequote = bool(dq.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        lines = [ln for ln in data.split("\n") if ln]
        if not lines:
            return ("", 0)
        cands = {}
        for ch in set(data):
            if ch == "\n" or ch.isalnum() or ch in "\"'":
                continue
            if delimiters is not None and ch not in delimiters:
                continue
            counts = [ln.count(ch) for ln in lines]
            freq = {}
            for c in counts:
                freq[c] = freq.get(c, 0) + 1
            mode = max(freq.items(), key=lambda kv: (kv[1], kv[0]))
            if mode[0] == 0:
                continue
            cands[ch] = mode[1] / len(lines)
        if not cands:
            return ("", 0)
        best = max(cands.values())
        top = [ch for ch in cands if cands[ch] == best]
        delim = None
        for p in self.preferred:
            if p in top:
                delim = p
                break
        if delim is None:
            delim = sorted(top)[0]
        skip = data.split("\n")[0].count(delim) == \
            data.split("\n")[0].count(delim + " ")
        return (delim, skip)

    def has_header(self, sample):
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        column_types = {}
        for i in range(columns):
            column_types[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types.keys()):
                this_type = complex
                try:
                    this_type(row[col])
                except (ValueError, OverflowError):
                    this_type = len(row[col])
                if this_type != column_types[col]:
                    if column_types[col] is None:
                        column_types[col] = this_type
                    else:
                        del column_types[col]
        has_header = 0
        for col, col_type in column_types.items():
            if type(col_type) == type(0):
                if len(header[col]) != col_type:
                    has_header += 1
                else:
                    has_header -= 1
            else:
                try:
                    col_type(header[col])
                except (ValueError, TypeError):
                    has_header += 1
                else:
                    has_header -= 1
        return has_header > 0
