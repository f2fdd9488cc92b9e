print('[' + '  pad  '.strip() + ']', '[' + '  pad  '.lstrip() + ']', '[' + '  pad  '.rstrip() + ']')
print('xxhixx'.strip('x'), 'abcHIcba'.strip('abc'), '\t\n text \r\n'.strip())
print('www.example.com'.lstrip('w.'), 'file.txt'.rstrip('.txt'))
print('TestCase'.removeprefix('Test'), 'TestCase'.removesuffix('Case'), 'abc'.removeprefix('x'))
print('[' + 'hi'.center(8) + ']', '[' + 'hi'.center(7, '*') + ']', '[' + 'hi'.ljust(5, '.') + ']', '[' + 'hi'.rjust(5) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3))
print('a\tbc\td'.expandtabs(), 'a\tbc\td'.expandtabs(4), '\t'.expandtabs(2) + '|')
print('long'.center(2), 'x'.center(4, '-'))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
