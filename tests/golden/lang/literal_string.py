print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"")
print('tab:\t|', 'nl:\\n')
print('\x41\x42', '\u00e9', '\U0001F600' == '\N{GRINNING FACE}')
print('\101\102\60')
print(len('\N{LATIN SMALL LETTER E WITH ACUTE}'))
print('a' 'b' "c")
s = ('multi'
     'part'
     'string')
print(s)
print("""line1
line2""")
print('back\
slash')
print(repr('\0\a\b\f\v'))
