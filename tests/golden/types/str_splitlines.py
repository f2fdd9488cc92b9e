text = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x85eight\u2028nine\u2029ten\n'
print(text.splitlines())
print(text.splitlines(keepends=True)[:4])
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(), 'x'.splitlines(), 'x\n'.splitlines(True))
print('a\nb'.split('\n'), 'a\nb\n'.split('\n'), 'a\r\nb'.splitlines())
