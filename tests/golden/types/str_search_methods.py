s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.find('cat'), s.rfind('the'), s.rfind('o', 0, 20))
print(s.index('quick'), s.rindex('o'), s.count('o'), s.count('the'), s.count(''), 'aaa'.count('aa'))
print(s.startswith('the'), s.startswith(('a', 'th')), s.endswith('dog'), s.endswith('do', 0, -1))
print(s.startswith('quick', 4), s.find('', 5), 'abc'.find('c', -1))
try:
    s.index('cat')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('cat')
except ValueError as e:
    print(type(e).__name__, e)
print('x' in s, 'fox' in s, s.find('o', 13, 16))
