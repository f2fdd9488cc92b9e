import keyword
names = ['for', 'For', 'lambda', 'print', 'exec', 'True', 'type', 'await', 'case', 'nonlocal', '']
print([n for n in names if keyword.iskeyword(n)])
def safe_name(n):
    return n + '_' if keyword.iskeyword(n) else n
print([safe_name(n) for n in ['class', 'def', 'value', 'import']])
print(all(k.isidentifier() for k in keyword.kwlist), 'match' in keyword.kwlist)
