leet = str.maketrans('aeiost', '4310$7')
print('leet speak is so cool'.translate(leet))
rot13 = str.maketrans('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
                      'nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM')
msg = 'Hello, World!'
print(msg.translate(rot13), msg.translate(rot13).translate(rot13))
strip_punct = str.maketrans('', '', ',.!?;:')
print('Hi, there! How are you?'.translate(strip_punct))
print(sorted(str.maketrans('ab', 'xy').items()), str.maketrans({'q': 'Q'}))
try:
    str.maketrans('abc', 'x')
except ValueError as e:
    print(type(e).__name__, e)
