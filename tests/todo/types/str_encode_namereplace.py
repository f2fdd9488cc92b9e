# The namereplace error handler: \N{NAME} for characters that have a name,
# backslash escapes for those that do not (controls, surrogates, private use).
for s in ['a\u00e9b', '\U0001f600', '\x80\x9f', '\ud800', '\ue000', '\u4e00\uac00\uf900',
          'x\u2603y\u2014z', '\u0378', '\U0010ffff']:
    for enc in ['ascii', 'latin-1']:
        print(ascii(s), enc, s.encode(enc, 'namereplace'))
try:
    b'\xff'.decode('ascii', 'namereplace')
except TypeError as e:
    print('TypeError', e)
