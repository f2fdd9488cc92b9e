print(r'\n\t\x41', R'\d+')
print(len(r'\n'), len('\n'))
print(r"a\"b")
print(rb'\x00', Rb'\n', bR'\t', br'x')
print(r'''raw
triple\n''')
print(repr(r'\\'))
print(repr(r'C:\path\to\file'))
