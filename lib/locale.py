"""locale: the C locale (pith does not load other locales).

setlocale() accepts only the C and POSIX locales and their UTF-8 variant
("C.UTF-8"); "" selects what the environment names when it is one of those,
and anything else raises locale.Error("unsupported locale setting"), as
CPython does for a locale the system lacks. Numbers use "." and no grouping;
the preferred encoding is UTF-8. Guards: tests/golden/modules/locale/.
"""

import os
import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale",
           "resetlocale", "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi",
           "format_string", "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME",
           "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "LC_MESSAGES", "CHAR_MAX", "getencoding",
           "localize", "delocalize"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127
CODESET = 14
D_T_FMT = 0x20028
D_FMT = 0x20029
T_FMT = 0x2002A
RADIXCHAR = 0x10000
THOUSEP = 0x10001

_CATEGORY_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES']
_SUPPORTED = {'C': 'C', 'POSIX': 'C', 'C.UTF-8': 'C.UTF-8', 'C.utf8': 'C.UTF-8',
              'C.UTF8': 'C.UTF-8', 'C.utf-8': 'C.UTF-8'}


class Error(Exception):
    pass


def _from_environment(category):
    for name in ('LC_ALL', _CATEGORY_NAMES[category], 'LANG'):
        value = os.environ.get(name)
        if value:
            return value
    return 'C'


# The current setting of each category. Like CPython at start-up, LC_CTYPE
# follows the environment; the others are "C".
_current = ['C'] * 6
_current[LC_CTYPE] = _SUPPORTED.get(_from_environment(LC_CTYPE), 'C.UTF-8')


def _check_category(category):
    if not isinstance(category, int):
        raise TypeError("an integer is required (got type %s)" % type(category).__name__)
    if not 0 <= category <= LC_ALL:
        raise Error("unsupported locale setting")


def setlocale(category, locale=None):
    """Set (or, with locale None, query) the locale of `category`."""
    _check_category(category)
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if locale is None:
        if category == LC_ALL:
            if len(set(_current)) == 1:
                return _current[0]
            glibc_extra = ['LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE',
                           'LC_MEASUREMENT', 'LC_IDENTIFICATION']
            pairs = list(zip(_CATEGORY_NAMES, _current)) + [(n, 'C') for n in glibc_extra]
            return ';'.join('%s=%s' % pair for pair in pairs)
        return _current[category]
    cats = range(6) if category == LC_ALL else [category]
    new = {}
    for cat in cats:
        name = _from_environment(cat) if locale == '' else locale
        if name not in _SUPPORTED:
            raise Error("unsupported locale setting")
        new[cat] = _SUPPORTED[name]
    for cat, value in new.items():
        _current[cat] = value
    return setlocale(category)


def resetlocale(category=LC_ALL):
    setlocale(category, "")


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
            'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def nl_langinfo(key):
    values = {CODESET: 'UTF-8' if _current[LC_CTYPE] == 'C.UTF-8' else 'ANSI_X3.4-1968',
              D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S',
              RADIXCHAR: '.', THOUSEP: ''}
    try:
        return values[key]
    except KeyError:
        raise ValueError("unsupported langinfo constant") from None


def strcoll(a, b):
    """Compare two strings by code point (the C locale's collation)."""
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def getencoding():
    """The locale encoding: UTF-8."""
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: UTF-8 ('utf-8' in UTF-8 mode, as pith runs)."""
    if getattr(sys.flags, 'utf8_mode', 0):
        return 'utf-8'
    return 'UTF-8'


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- '
                        'language code, encoding.') from None


def normalize(localename):
    """A normalised locale code ('C.UTF-8' and friends map to 'en_US.UTF-8' as in CPython)."""
    code = localename.lower()
    if code in ('c', 'posix'):
        return 'C'
    if code in ('c.utf8', 'c.utf-8'):
        return 'en_US.UTF-8'
    if '.' in localename:
        lang, enc = localename.split('.', 1)
        encname = enc.replace('-', '').replace('_', '').lower()
        if encname == 'utf8':
            enc = 'UTF-8'
        elif encname in ('iso88591', 'latin1'):
            enc = 'ISO8859-1'
        return lang + '.' + enc
    if '_' in localename:
        return localename + '.ISO8859-1'
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category's locale; (None, None) for C."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) named by the environment (deprecated)."""
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead",
                  DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def _format_one(percent, value, grouping=False, monetary=False):
    # In the C locale the decimal point is '.' and there is no grouping, so
    # the plain %-formatting is already localised.
    return percent % value


def format_string(f, val, grouping=False, monetary=False):
    """f % val, localised (in the C locale: unchanged)."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """Convert a float like str() does, using the locale's decimal point."""
    return _format_one("%.12g", val)


def delocalize(string):
    """Remove the locale's thousands separators and use '.' as the decimal point."""
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """The reverse of delocalize (unchanged in the C locale)."""
    return string


def atof(string, func=float):
    """Parse a localised number as a float."""
    return func(delocalize(string))


def atoi(string):
    """Parse a localised number as an int."""
    return int(delocalize(string))
