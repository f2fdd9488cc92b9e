ROMAN = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
         (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f'{n} out of range')
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return ''.join(out)


def from_roman(s):
    vals = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        if i + 1 < len(s) and vals[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'


def to_base(n, b):
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + ''.join(reversed(out))


def from_base(s, b):
    sign = -1 if s.startswith('-') else 1
    n = 0
    for ch in s.lstrip('-'):
        n = n * b + DIGITS.index(ch)
    return sign * n


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
for bad in [0, 4000, -5]:
    try:
        to_roman(bad)
    except ValueError as e:
        print('ValueError:', e)
for n in [0, 5, 255, -255, 1000000, 2 ** 70]:
    print(n, to_base(n, 2), to_base(n, 16), to_base(n, 36), to_base(n, 7))
    assert from_base(to_base(n, 13), 13) == n
    assert to_base(n, 16) == format(n, 'x') if n >= 0 else True
print(all(int(to_base(n, b), b) == n for n in range(200) for b in range(2, 37)))
print(sum(from_roman(to_roman(i)) == i for i in range(1, 4000)))


def to_words(n):
    ones = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split()
    tens = 'twenty thirty forty fifty sixty seventy eighty ninety'.split()
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10 - 2] + ('' if n % 10 == 0 else '-' + ones[n % 10])
    if n < 1000:
        return ones[n // 100] + ' hundred' + ('' if n % 100 == 0 else ' and ' + to_words(n % 100))
    for div, word in ((10 ** 9, 'billion'), (10 ** 6, 'million'), (1000, 'thousand')):
        if n >= div:
            rest = n % div
            return to_words(n // div) + ' ' + word + ('' if rest == 0 else (' and ' if rest < 100 else ' ') + to_words(rest))


for n in [0, 13, 21, 100, 342, 1000, 1001, 12345, 1000000, 987654321]:
    print(n, to_words(n))
