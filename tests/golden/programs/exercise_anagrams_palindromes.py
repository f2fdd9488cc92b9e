def is_anagram(a, b):
    norm = lambda s: sorted(c for c in s.lower() if c.isalnum())
    return norm(a) == norm(b)
pairs = [('Listen', 'Silent'), ('Dormitory', 'dirty room'), ('hello', 'world'), ('', '')]
for a, b in pairs:
    print(a, '|', b, is_anagram(a, b))
def longest_palindrome(s):
    best = ''
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
for s in ['babad', 'cbbd', 'forgeeksskeegfor', 'a', '', 'abacdfgdcaba']:
    print(repr(s), repr(longest_palindrome(s)))
def palindromic_numbers(lo, hi):
    return [n for n in range(lo, hi) if str(n) == str(n)[::-1]]
print(palindromic_numbers(100, 200))
print(max(a * b for a in range(10, 100) for b in range(a, 100) if str(a * b) == str(a * b)[::-1]))
