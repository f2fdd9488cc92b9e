r"""lib/json/__init__.py: JSON (JavaScript Object Notation) <https://json.org>.

The API of CPython 3.11's json package: dumps/dump/loads/load over
JSONEncoder (json/encoder.py) and JSONDecoder (json/decoder.py), whose hot
paths are the C accelerator _json (src/modules/mod_json.c).
"""
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder_for(cls, kw):
    """The encoder for these dumps/dump options: the shared default one
    when every option has its default value."""
    if cls is None and len(kw) == 8 and all(
            kw[k] is True if k in _TRUE_DEFAULTS else not kw[k] for k in kw):
        return _default_encoder
    return (JSONEncoder if cls is None else cls)(**kw)


_TRUE_DEFAULTS = ('ensure_ascii', 'check_circular', 'allow_nan')


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write ``obj`` to the text file ``fp`` as JSON; the options are those
    of dumps()."""
    kw.update(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
              check_circular=check_circular, allow_nan=allow_nan,
              indent=indent, separators=separators, default=default,
              sort_keys=sort_keys)
    for chunk in _encoder_for(cls, kw).iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Return ``obj`` as a JSON document (a ``str``).

    skipkeys drops dict keys that are not str, int, float, bool or None
    (instead of raising TypeError); ensure_ascii escapes every non-ASCII
    character; check_circular detects reference cycles; allow_nan writes
    NaN and the infinities (else ValueError); indent (an int or str)
    pretty-prints; separators is an (item, key) pair; default(o) converts
    objects JSON cannot hold; sort_keys orders dict output by key; cls is a
    JSONEncoder subclass to use instead.
    """
    kw.update(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
              check_circular=check_circular, allow_nan=allow_nan,
              indent=indent, separators=separators, default=default,
              sort_keys=sort_keys)
    return _encoder_for(cls, kw).encode(obj)


# The byte order marks (codecs.BOM_*), longest first.
_BOMS = (
    (b'\x00\x00\xfe\xff', 'utf-32'), (b'\xff\xfe\x00\x00', 'utf-32'),
    (b'\xfe\xff', 'utf-16'), (b'\xff\xfe', 'utf-16'),
    (b'\xef\xbb\xbf', 'utf-8-sig'),
)


def detect_encoding(b):
    """The encoding of JSON bytes ``b``: from a BOM if there is one, else
    from where the zero bytes are (a JSON text starts with two ASCII
    characters, so the zero bytes tell UTF-16 and UTF-32 apart)."""
    for bom, name in _BOMS:
        if b.startswith(bom):
            return name
    zeros = tuple(x == 0 for x in b[:4])
    if len(b) >= 4:
        if zeros[0]:
            return 'utf-32-be' if zeros[1] else 'utf-16-be'
        if zeros[1]:
            return 'utf-32-le' if zeros[2] and zeros[3] else 'utf-16-le'
    elif len(b) == 2:
        if zeros[0]:
            return 'utf-16-be'
        if zeros[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Read the JSON document in the file ``fp`` and return its value; the
    options are those of loads()."""
    return loads(fp.read(),
        cls=cls, object_hook=object_hook,
        parse_float=parse_float, parse_int=parse_int,
        parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Return the value of the JSON document ``s`` (str, or bytes and
    bytearray in UTF-8, UTF-16 or UTF-32).

    object_hook(dict) or object_pairs_hook(list of pairs) replaces each
    decoded object; parse_float, parse_int and parse_constant (for NaN,
    Infinity, -Infinity) turn number text into values; cls is a JSONDecoder
    subclass to use instead.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')

    options = {'object_hook': object_hook, 'object_pairs_hook': object_pairs_hook,
               'parse_float': parse_float, 'parse_int': parse_int,
               'parse_constant': parse_constant}
    for name, value in options.items():
        if value is not None:
            kw[name] = value
    if cls is None and not kw:
        return _default_decoder.decode(s)
    return (JSONDecoder if cls is None else cls)(**kw).decode(s)
