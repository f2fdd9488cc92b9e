s = 'Python'
print(s[0], s[-1], s[2:4], s[::-1], s[10:], len(s))
for i, ch in enumerate(s):
    print(i, ch, ord(ch))
try:
    s[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'J'
except TypeError as e:
    print(type(e).__name__, e)
print(list('héllo'), 'é' * 3, len('日本語'), '日本語'[1])
print('abc' < 'abd', 'Z' < 'a', 'abc' < 'abcd', '' < 'a', sorted(['b', 'A', 'a', 'B']))
print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'ab' * 0, 'ab' * -1)
print(min('hello'), max('hello'), sorted('hello'), reversed('abc').__class__.__name__)
emoji = '😀a'
print(len(emoji), emoji[0] == '\U0001F600', ord(emoji[0]))
