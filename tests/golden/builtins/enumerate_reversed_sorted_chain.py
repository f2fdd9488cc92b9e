words = ['delta', 'alpha', 'charlie', 'bravo']
for i, w in enumerate(sorted(words), 1):
    print(i, w)
for i, w in reversed(list(enumerate(words))):
    print(i, w)
print(list(reversed(sorted(words, key=len))), sorted(reversed(words)))
print([w for i, w in enumerate(words) if i % 2 == 0], dict(enumerate(words, 10)))
