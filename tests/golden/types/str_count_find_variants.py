s = 'banana bandana'
print(s.count('an'), s.count('an', 3), s.count('an', 3, 9), s.count('a', -4), s.count('nana'))
print(s.find('an'), s.find('an', 2), s.find('an', 6, 9), s.rfind('an'), s.rfind('an', 0, 5), s.find('xyz'))
print(s.index('band'), s.rindex('a'), s.find('a', 100), s.rfind(''), s.find('', 100))
print(s.startswith('ban'), s.startswith('ana', 1), s.endswith('ana'), s.endswith('ban', 0, 3), s.endswith(('x', 'na')))
print('aaaa'.count('aa'), 'aaaa'.find('aa', 1), 'aaaa'.rfind('aa'), ''.find(''), 'abc'.count('', 1))
