# \N{NAME} escapes in str literals: names, aliases, algorithmic names, case,
# f-strings, raw strings and bytes (no escape there), and the syntax errors.
print('\N{LATIN SMALL LETTER E WITH ACUTE}', ascii('\N{GRINNING FACE}'), len('\N{GRINNING FACE}'))
print(ascii('\N{latin small letter sharp s}'), ascii('\N{Greek Capital Letter Omega}'))
print(ascii('\N{LF}'), ascii('\N{LINE FEED}'), ascii('\N{NUL}'), ascii('\N{BOM}'), ascii('\N{NBSP}'))
print(ascii('\N{HANGUL SYLLABLE GAG}'), ascii('\N{CJK UNIFIED IDEOGRAPH-4E00}'),
      ascii('\N{CJK UNIFIED IDEOGRAPH-2A6DF}'), ascii('\N{CJK COMPATIBILITY IDEOGRAPH-F900}'))
print(ascii('\N{HYPHEN-MINUS}'), ascii('\N{TIBETAN MARK BKA- SHOG YIG MGO}'), ascii('\N{TIBETAN LETTER -A}'))
print(ascii('a\N{COMBINING ACUTE ACCENT}b\N{SNOWMAN}c'))
x = 3
print(f'\N{BLACK STAR} {x} \N{WHITE STAR}', ascii(f'{x}\N{EM DASH}{x}'))
print(r'\N{SNOWMAN}', len(r'\N{SNOWMAN}'))
print(b'\N{SNOWMAN}', len(b'\N{SNOWMAN}'))
print('\N{SNOWMAN}' == '\u2603' == chr(0x2603))
print('{}\N{RIGHTWARDS ARROW}{}'.format(1, 2))
print(ascii('''\N{BULLET}
\N{BULLET}'''))

for src in [r"'\N{NO SUCH CHARACTER NAME}'", r"'\N{LATIN SMALL LETTER A WITH MACRON AND GRAVE}'",
            r"'\N'", r"'abc\N{ SNOWMAN}'", r"'\Nx'",
            r"'\N{hangul syllable ga}'", r"'\N{CJK UNIFIED IDEOGRAPH-4e00}'", r"f'\N{NOPE}'"]:
    try:
        v = eval(src)
        print(src, 'ok', ascii(v))
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg)
