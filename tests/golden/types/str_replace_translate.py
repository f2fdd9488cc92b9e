s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('', '-'), s.replace('x', 'y'))
print('aaaa'.replace('aa', 'b'), 'abc'.replace('', '.', 2))
table = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(table))
print('hello world'.translate(str.maketrans('', '', 'lo')))
print('abc'.translate({ord('a'): 'AA', ord('b'): None}))
print(str.maketrans({'a': '1', 'b': None}))
print('tab\there'.translate({9: ' -> '}))
