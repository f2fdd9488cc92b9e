text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""

def words(s):
    cleaned = ''.join(ch.lower() if ch.isalpha() else ' ' for ch in s)
    return cleaned.split()

freq = {}
for w in words(text):
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print(len(words(text)), len(freq))

def caesar(s, k):
    out = []
    for ch in s:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)

enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3), caesar('xyz', 3))

def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]

for s in ['A man, a plan, a canal: Panama', 'racecar', 'hello', '', 'No lemon, no melon']:
    print(repr(s), is_palindrome(s))

groups = {}
for w in ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog']:
    groups.setdefault(''.join(sorted(w)), []).append(w)
print(sorted(groups.values(), key=lambda g: (-len(g), g)))

def rle(s):
    if not s:
        return ''
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f'{n}{prev}')
            prev, n = ch, 1
    out.append(f'{n}{prev}')
    return ''.join(out)

print(rle('aaabccddddde'), rle('abc'), rle(''))

def wrap(s, width):
    lines, cur = [], ''
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + ' ' + w if cur else w
    if cur:
        lines.append(cur)
    return lines

for line in wrap(text, 30):
    print('|' + line.ljust(30) + '|')
print(' '.join(w.capitalize() for w in 'the old man and the sea'.split()))
print('snake_case_name'.title().replace('_', ''), ''.join('_' + c.lower() if c.isupper() else c for c in 'camelCaseName'))
vowels = sum(1 for c in text.lower() if c in 'aeiou')
print('vowels', vowels, 'commas', text.count(','), 'longest', max(words(text), key=len))
