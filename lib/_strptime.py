"""_strptime: parse time strings by format (time.strptime, datetime.strptime).

A format becomes a regular expression, one named group per directive, in the
C locale's names (English day and month names, AM/PM). The matched fields
are then combined the way CPython's strptime does: missing fields default to
1900-01-01 00:00:00, the weekday and day of the year are computed from the
date (or the date from %j, %U/%W with a weekday, or %G/%V/%u), and %z/%Z
fill the time zone. time.strptime (src/modules/mod_time.c) calls
_strptime_time; datetime.strptime calls _strptime_datetime.
Guards: tests/golden/modules/datetime/, tests/golden/modules/time/.
"""

import re
import time
from datetime import date as datetime_date, timedelta as datetime_timedelta, timezone as datetime_timezone

__all__ = []

_DAYS_FULL = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_DAYS_ABBR = [d[:3] for d in _DAYS_FULL]
_MONTHS_FULL = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
                'september', 'october', 'november', 'december']
_MONTHS_ABBR = [''] + [m[:3] for m in _MONTHS_FULL[1:]]
_AM_PM = ['am', 'pm']


def _alternatives(words, name):
    """A named group matching any of `words`, longest first so prefixes never win."""
    words = sorted((w for w in words if w), key=len, reverse=True)
    return '(?P<%s>%s)' % (name, '|'.join(re.escape(w) for w in words))


def _timezone_names():
    utc = frozenset({'utc', 'gmt'})
    no_saving = frozenset({time.tzname[0].lower()}) | utc
    if time.daylight:
        has_saving = frozenset({time.tzname[1].lower()})
    else:
        has_saving = frozenset()
    return (no_saving, has_saving)


# The regular expression of each directive (a named group).
_DIRECTIVES = {
    'd': r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    'f': r"(?P<f>[0-9]{1,6})",
    'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
    'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    'G': r"(?P<G>\d\d\d\d)",
    'j': r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    'M': r"(?P<M>[0-5]\d|\d)",
    'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
    'U': r"(?P<U>5[0-3]|[0-4]\d|\d)",
    'w': r"(?P<w>[0-6])",
    'u': r"(?P<u>[1-7])",
    'V': r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    'y': r"(?P<y>\d\d)",
    'Y': r"(?P<Y>\d\d\d\d)",
    'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    'A': _alternatives(_DAYS_FULL, 'A'),
    'a': _alternatives(_DAYS_ABBR, 'a'),
    'B': _alternatives(_MONTHS_FULL, 'B'),
    'b': _alternatives(_MONTHS_ABBR, 'b'),
    'p': _alternatives(_AM_PM, 'p'),
    '%': '%',
}
# Composite directives of the C locale, expanded before compiling.
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

_cache = {}
_CACHE_MAX = 5


def _directive_regex(d, format, used):
    if d in _COMPOSITE:
        return _pattern(_COMPOSITE[d], format, used)
    if d == 'W':
        return _DIRECTIVES['U'].replace('U', 'W')
    if d == 'Z':
        names = [n for group in _timezone_names() for n in group]
        return _alternatives(names, 'Z')
    if d not in _DIRECTIVES:
        raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
    return _DIRECTIVES[d]


def _pattern(fmt, whole, used):
    """The regular expression source for `fmt`; a directive used twice refers back."""
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % whole)
            d = fmt[i + 1]
            i += 2
            if d in used and d != '%' and d not in _COMPOSITE:
                out.append('(?P=%s)' % d)
                continue
            out.append(_directive_regex(d, whole, used))
            if d != '%':
                used.add(d)
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r'\s+')
        else:
            out.append(re.escape(ch))
            i += 1
    return ''.join(out)


def _compile(format):
    regex = _cache.get(format)
    if regex is None:
        source = _pattern(format, format, set())
        try:
            regex = re.compile(source, re.IGNORECASE)
        except re.error as err:
            if "redefinition of group name" in str(err):
                raise ValueError("'%s' is a bad directive in format '%s'" % (format, format)) from None
            raise
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        _cache[format] = regex
    return regex


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    first_weekday = datetime_date(year, 1, 1).weekday()
    if not week_starts_Mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + (7 * (week_of_year - 1))
    return 1 + days_to_week + day_of_week


def _calc_julian_from_V(iso_year, iso_week, iso_weekday):
    correction = datetime_date(iso_year, 1, 4).isoweekday() + 3
    ordinal = (iso_week * 7) + iso_weekday - correction
    if ordinal < 1:
        ordinal += datetime_date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        ordinal -= datetime_date(iso_year, 1, 1).toordinal()
    return iso_year, ordinal


def _parse_z(z):
    if z == 'Z':
        return 0, 0
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError(f"Inconsistent use of : in {z}")
            z = z[:5] + z[6:]
    hours = int(z[1:3])
    minutes = int(z[3:5])
    seconds = int(z[5:7] or 0)
    gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
    gmtoff_remainder = z[8:]
    gmtoff_fraction = int(gmtoff_remainder + "0" * (6 - len(gmtoff_remainder))) if gmtoff_remainder else 0
    if z.startswith("-"):
        gmtoff = -gmtoff
        gmtoff_fraction = -gmtoff_fraction
    return gmtoff, gmtoff_fraction


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
    fraction, gmtoff_fraction) parsed from data_string."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg)))
    format_regex = _compile(format)
    found = format_regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    tzname = None
    found_dict = found.groupdict()
    for group_key in found_dict.keys():
        value = found_dict[group_key]
        if group_key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif group_key == 'Y':
            year = int(value)
        elif group_key == 'G':
            iso_year = int(value)
        elif group_key == 'm':
            month = int(value)
        elif group_key == 'B':
            month = _MONTHS_FULL.index(value.lower())
        elif group_key == 'b':
            month = _MONTHS_ABBR.index(value.lower())
        elif group_key == 'd':
            day = int(value)
        elif group_key == 'H':
            hour = int(value)
        elif group_key == 'I':
            hour = int(value)
            ampm = found_dict.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif group_key == 'M':
            minute = int(value)
        elif group_key == 'S':
            second = int(value)
        elif group_key == 'f':
            fraction = int(value + "0" * (6 - len(value)))
        elif group_key == 'A':
            weekday = _DAYS_FULL.index(value.lower())
        elif group_key == 'a':
            weekday = _DAYS_ABBR.index(value.lower())
        elif group_key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif group_key == 'u':
            weekday = int(value) - 1
        elif group_key == 'j':
            julian = int(value)
        elif group_key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if group_key == 'U' else 0
        elif group_key == 'V':
            iso_week = int(value)
        elif group_key == 'z':
            gmtoff, gmtoff_fraction = _parse_z(value)
        elif group_key == 'Z':
            found_zone = value.lower()
            for index, tz_values in enumerate(_timezone_names()):
                if found_zone in tz_values:
                    if (time.tzname[0] == time.tzname[1] and time.daylight
                            and found_zone not in ("utc", "gmt")):
                        break
                    tz = index
                    break
            tzname = value

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            week_starts_Mon = week_of_year_start == 0
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday, week_starts_Mon)
        elif iso_year is not None and iso_week is not None:
            year, julian = _calc_julian_from_V(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            yday = 366 if _is_leap(year) else 365
            julian += yday

    if julian is None:
        julian = datetime_date(year, month, day).toordinal() - datetime_date(year, 1, 1).toordinal() + 1
    else:
        datetime_result = datetime_date.fromordinal((julian - 1) + datetime_date(year, 1, 1).toordinal())
        year = datetime_result.year
        month = datetime_result.month
        day = datetime_result.day
    if weekday is None:
        weekday = datetime_date(year, month, day).weekday()
    tzname = found_dict.get("Z")
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """A time.struct_time parsed from data_string."""
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:11])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """An instance of cls (a datetime class) parsed from data_string."""
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = datetime_timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = datetime_timezone(tzdelta, tzname)
        else:
            tz = datetime_timezone(tzdelta)
        args += (tz,)
    return cls(*args)
