# unicodedata.normalize and is_normalized in the four forms.
import unicodedata as u

samples = ['', 'abc', 'caf\u00e9', 'cafe\u0301', '\u00c5', 'A\u030a', 'A\u030a\u0327',
           'a\u0327\u0301', 'a\u0301\u0327', 'a\u0315\u0300\u05ae\u0300b', '\u1e9b\u0323',
           '\ufb01', '\u2460\u00bd\u00b2', '\u3000\uff21\uff76\uff9e', '\u01c4\u1e0b\u0323',
           '\uac00', '\uac01', '\u1100\u1161', '\u1100\u1161\u11a8', '\uac00\u11a8',
           '\u1100\u1161\u0301', '\ufdfa', '\u2126', '\u212b', '\u0344', '\u0958',
           '\u0f73', '\u2000', '\U0001d400', '\U0001d15e', '\U0002f800', '\ud800e\u0301',
           'x\udcff\u0301', '\u0378\u0301', '\u00e9\u0300', 'e\u0300\u0301', '\u0041\u0308\u0304',
           '\u1fb7', '\u03d3', 'Stra\u00dfe', '\u00aa\u00b5\u00ba\u00bc']
for s in samples:
    out = [ascii(u.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    norm = [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    print(ascii(s), ' '.join(out), norm)

s = 'plain ascii'
print(u.normalize('NFC', s) is s, u.normalize('NFKD', s) is s)

class S(str):
    pass
r = u.normalize('NFC', S('abc'))
print(type(r).__name__, r)

def err(*args, **kw):
    for f in (u.normalize, u.is_normalized):
        try:
            f(*args, **kw)
            print('no error')
        except Exception as e:
            print(type(e).__name__, e)

err('nfc', 'a')
err('NFX', 'a')
err('', 'a')
err(1, 'a')
err('NFC', 1)
err('NFC', b'a')
err('NFC')
err('NFC', 'a', 'b')
err(form='NFC', unistr='a')

# Idempotence and the relations between the forms over many characters.
bad = 0
for cp in list(range(0xA0, 0x3400)) + list(range(0xAC00, 0xAD00)) + list(range(0xF900, 0x10000)):
    ch = chr(cp) + '\u0301'
    nfd = u.normalize('NFD', ch)
    nfc = u.normalize('NFC', ch)
    nfkd = u.normalize('NFKD', ch)
    nfkc = u.normalize('NFKC', ch)
    if (u.normalize('NFC', nfd) != nfc or u.normalize('NFD', nfc) != nfd
            or u.normalize('NFKC', nfkd) != nfkc or u.normalize('NFKD', nfc) != nfkd
            or not u.is_normalized('NFC', nfc) or not u.is_normalized('NFKD', nfkd)):
        bad += 1
print('bad', bad)
total = 0
for cp in range(0xA0, 0x3400):
    for f in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        total += sum(map(ord, u.normalize(f, chr(cp)))) * (cp % 5 + 1)
print('checksum', total)
