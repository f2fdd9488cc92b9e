words = ['apple', 'Apple', 'APPLE', 'banana', 'apple pie', 'app', '', 'Zebra', 'zebra', '10', '9']
print(sorted(words))
print(sorted(words, key=str.lower))
print('a' < 'b', 'a' < 'B', 'Z' < 'a', 'app' < 'apple', '' < 'a', '10' < '9', 'é' > 'z')
print('abc' == 'abc', 'abc' != 'abd', max(words), min(words))
print('abc'.__lt__('abd'), 'a'.__eq__(1), ('a' == 1), 'a' != 1)
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
