s = 'Hello, World'
print([c for c in s if c.isupper()], sum(c.isalpha() for c in s), s.count('l'))
print(''.join(c for c in s if c not in 'aeiou'), ''.join(sorted(set(s.lower()) - {' ', ','})))
for i, c in enumerate('abc'):
    print(i, c, end='; ')
print()
pairs = [s[i:i + 2] for i in range(0, len(s), 2)]
print(pairs)
print({c: s.count(c) for c in 'lo'}, s.find('World'), s[s.find(','):])
word = 'level'
print(word == word[::-1], all(word[i] == word[-1 - i] for i in range(len(word) // 2)))
print(list(reversed('abc')), list(map(ord, 'AB')), 'x'.join(s.split(', ')))
