# unicodedata's per-character properties and their argument errors.
import unicodedata as u

chars = ['a', 'A', '0', '9', ' ', '\t', '\n', '(', ')', '\u00b2', '\u00bd', '\u00e9', '\u0301',
         '\u0327', '\u05d0', '\u0627', '\u0660', '\u06f9', '\u0f33', '\u2155', '\u2160', '\u2189',
         '\u2460', '\u3007', '\u4e00', '\u4e07', '\u5146', '\u3000', '\uff21', '\uff76', '\uac00',
         '\ufb01', '\ufdfa', '\ud800', '\ue000', '\u0378', '\uffff', '\U0001d7ce', '\U0001f600',
         '\U00012432', '\U00010107', '\U000e0001', '\U0010fffd', '\u200f', '\u202e', '\u2067',
         '\u00a0', '\u2028', '\u00ad', '\u1100', '\u11a8', '\u0345', '\u1dce', '\u2044']
for ch in chars:
    print('%04X' % ord(ch), u.category(ch), repr(u.bidirectional(ch)), u.combining(ch),
          u.mirrored(ch), u.east_asian_width(ch), repr(u.decomposition(ch)),
          u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None))

for f, msg in [(u.decimal, 'x'), (u.digit, 'x'), (u.numeric, 'x')]:
    try:
        f('x')
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
    print(f('x', 'dflt'), f('7', 'dflt'))

def err(f, *args, **kw):
    try:
        f(*args, **kw)
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)

for f in [u.category, u.bidirectional, u.combining, u.mirrored, u.east_asian_width,
          u.decomposition, u.lookup]:
    err(f)
    err(f, 'a', 'b')
    err(f, chr=1)
for f in [u.category, u.bidirectional, u.combining, u.mirrored, u.east_asian_width,
          u.decomposition]:
    err(f, 'ab')
    err(f, '')
    err(f, 65)
for f in [u.name, u.decimal, u.digit, u.numeric]:
    err(f)
    err(f, 'a', 'b', 'c')
    err(f, 'ab')
    err(f, 3)
    err(f, 'a', default=1)

class S(str):
    pass
print(u.name(S('b')), u.category(S('1')))

# Checksums of every property over whole blocks without Unicode 15 additions.
for lo, hi in [(0x0000, 0x0CF0), (0x0D00, 0x0E80), (0x1000, 0x3000), (0x3000, 0xA000),
               (0xA000, 0x10000), (0x10000, 0x10E00), (0x1D000, 0x1D2B0), (0x1F000, 0x1F6D0),
               (0x20000, 0x2B730), (0xE0000, 0xE1000)]:
    sums = [0] * 9
    for cp in range(lo, hi):
        ch = chr(cp)
        k = cp % 7 + 1
        sums[0] += sum(map(ord, u.category(ch))) * k
        sums[1] += sum(map(ord, u.bidirectional(ch))) * k
        sums[2] += u.combining(ch) * k
        sums[3] += u.mirrored(ch) * k
        sums[4] += sum(map(ord, u.east_asian_width(ch))) * k
        sums[5] += sum(map(ord, u.decomposition(ch))) * k
        sums[6] += u.decimal(ch, -1) * k
        sums[7] += u.digit(ch, -1) * k
        sums[8] += int(u.numeric(ch, -1) * 1000) * k
    print('%05X-%05X' % (lo, hi), sums)
