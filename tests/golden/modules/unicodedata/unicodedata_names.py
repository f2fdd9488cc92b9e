# unicodedata.name and lookup: stored, algorithmic and hex-suffixed names,
# aliases, named sequences, case rules, and CPython's error messages.
import unicodedata

for ch in ['a', 'Z', ' ', '-', '\u00e9', '\u03a9', '\u0f0a', '\u0f60', '\u2014', '\u20ac',
           '\u3042', '\u4e00', '\u9fff', '\u3400', '\U00020000', '\U0002a6df',
           '\uac00', '\uac01', '\ub098', '\ud7a3', '\uc544', '\uf900', '\ufa6d',
           '\U0002f800', '\U0001b170', '\U00018b00', '\U00018800', '\U0001f600',
           '\U0001f9d1', '\ufeff', '\ufffd', '\U000e0041', '\u1f80', '\ufdfa']:
    print('%04X' % ord(ch), unicodedata.name(ch))

for ch in ['\x00', '\x1f', '\x7f', '\x9f', '\ue000', '\ud800', '\u0378', '\U0010ffff', '\U00017000']:
    print('%04X' % ord(ch), unicodedata.name(ch, None), unicodedata.name(ch, 'dflt'))
    try:
        unicodedata.name(ch)
    except ValueError as e:
        print('  ValueError', e)

names = ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter A', 'GRINNING FACE',
         'HYPHEN-MINUS', 'hyphen-minus', 'TIBETAN MARK BKA- SHOG YIG MGO', 'TIBETAN LETTER -A',
         'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-20000', 'CJK UNIFIED IDEOGRAPH-04E00',
         'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900',
         'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GGAG', 'HANGUL SYLLABLE GAGS', 'HANGUL SYLLABLE A',
         'HANGUL SYLLABLE HIH', 'NUSHU CHARACTER-1B170', 'KHITAN SMALL SCRIPT CHARACTER-18B00',
         'TANGUT COMPONENT-001',
         # aliases of every type
         'LINE FEED', 'LF', 'NULL', 'NUL', 'BYTE ORDER MARK', 'BOM', 'ZWNBSP', 'NBSP',
         'LATIN CAPITAL LETTER GHA', 'line feed', 'VS1', 'VARIATION SELECTOR-1',
         # named sequences (lookup only)
         'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'KEYCAP DIGIT ZERO',
         'latin small letter a with macron and grave']
for n in names:
    s = unicodedata.lookup(n)
    print(repr(n), ascii(s), len(s))

bad = ['', ' ', 'LATIN SMALL LETTER A ', ' LATIN SMALL LETTER A', 'LATIN  SMALL LETTER A',
       'LATIN SMALL LETTER', 'hangul syllable ga', 'HANGUL SYLLABLE ga', 'HANGUL SYLLABLE ',
       'HANGUL SYLLABLE GAX', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-4E000',
       'CJK UNIFIED IDEOGRAPH-A000', 'CJK UNIFIED IDEOGRAPH-', 'cjk unified ideograph-4E00',
       'TANGUT IDEOGRAPH-17000', 'LATIN SMALL LETTER A\x00', 'x' * 256, 'x' * 257, 'x' * 1000,
       'LATIN SMALL LETTER \xe9', 'GRINNING FACES']
for n in bad:
    try:
        unicodedata.lookup(n)
        print('found?', repr(n))
    except KeyError as e:
        print(len(n), 'KeyError', e)

print(ascii(unicodedata.lookup(b'LATIN SMALL LETTER B')), ascii(unicodedata.lookup(b'lf')))
for arg in [1, None, bytearray(b'LF'), ['LF']]:
    try:
        unicodedata.lookup(arg)
    except TypeError as e:
        print('TypeError', e)
try:
    unicodedata.lookup('\ud800')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.reason)

# Round trips over whole blocks (none holds characters newer than Unicode 14).
for lo, hi in [(0x0000, 0x0CF0), (0x1000, 0x2000), (0x2000, 0x3000), (0xA000, 0xAC00),
               (0xF900, 0x10000), (0x1D400, 0x1D800), (0x1F300, 0x1F6D0), (0x2F800, 0x2FA20)]:
    count = total = weighted = 0
    for cp in range(lo, hi):
        n = unicodedata.name(chr(cp), None)
        if n is None:
            continue
        assert unicodedata.lookup(n) == chr(cp), n
        assert unicodedata.lookup(n.lower()) == chr(cp), n
        count += 1
        total += len(n)
        weighted += sum(map(ord, n)) * (cp % 13 + 1)
    print('%05X-%05X' % (lo, hi), count, total, weighted)
