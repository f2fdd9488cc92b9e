# The module's constants, the UCD type and the Unicode 3.2 view (ucd_3_2_0).
import unicodedata as u

v = u.unidata_version
print(type(v).__name__, len(v.split('.')), all(p.isdigit() for p in v.split('.')))
print(u.UCD, type(u.ucd_3_2_0) is u.UCD, u.ucd_3_2_0.unidata_version)
print(u.ucd_3_2_0.__class__.__name__)
try:
    u.UCD()
except TypeError as e:
    print('TypeError', e)

old = u.ucd_3_2_0
for ch in ['a', '\u00e9', '\u4e00', '\u9fa5', '\u20ac', '\u0221', '\u0237', '\u20b9',
           '\U0001f600', '\U00010000', '\U0001d400', '\u0f33']:
    print('%04X' % ord(ch), old.category(ch), repr(old.bidirectional(ch)), old.combining(ch),
          old.mirrored(ch), old.east_asian_width(ch), repr(old.decomposition(ch)),
          old.name(ch, None), old.numeric(ch, None), old.decimal(ch, None), old.digit(ch, None))

for n in ['LATIN SMALL LETTER A', 'EURO SIGN', 'GRINNING FACE', 'LINE FEED', 'BOM',
          'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'CJK UNIFIED IDEOGRAPH-9FA5',
          'CJK UNIFIED IDEOGRAPH-9FA6', 'HANGUL SYLLABLE GA']:
    try:
        print(repr(n), ascii(old.lookup(n)))
    except KeyError as e:
        print(repr(n), 'KeyError', e)

print(old.normalize('NFKC', '\ufb01\u00e9'), old.is_normalized('NFC', 'e\u0301'))
for f, args in [(old.category, ()), (old.name, ()), (old.lookup, ('a', 'b'))]:
    try:
        f(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    old.category(chr=1)
except TypeError as e:
    print('TypeError', e)
