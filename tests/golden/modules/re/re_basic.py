import re
print(re.I, repr(re.I|re.M), re.compile('a+', re.I))
m = re.search(r'(\w+) (?P<last>\w+)', 'hello big world')
print(m, m.group(0), m.group(1, 2), m.groups(), m.groupdict(), m.span(2), m['last'], m.lastindex, m.lastgroup)
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2'), re.findall('x*', 'axxb'))
print(re.sub(r'(\d+)', r'<\1>', 'a1b22'), re.subn('x*', '-', 'abxd'), re.sub('a', lambda m: m.group().upper(), 'banana', count=2))
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r'\b', 'a b'), re.split('x*', 'axbc'), re.split(',', 'a,b,c', maxsplit=1))
print([m.span() for m in re.finditer(r'\b|x', 'xx y')])
print(re.match('a', 'ba'), re.fullmatch('a|ab', 'ab'), re.compile('ab').match('xab', 1))
print(re.escape('a.b*c'), re.escape(b'a.b'))
print(re.search('é+', 'café ééé x').span(), re.findall(r'\w+', 'naïve café'))
print(re.sub('(?P<x>a)', r'\g<x>\g<0>\g<1>', 'cat'))
for p in ['*', 'a**', '(a', 'a)', '[a', '\\q', '(?P=x)', '[z-a]', '(?<=a+)b', 'a(?i)b', '\\1', '(a)\\2']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), str(e), e.pos)
print(re.compile(b'[a-z]+').findall(b'ab cd'), re.search('^b', 'a\nb', re.M), re.search(r'a\Z', 'a\n'))
print(re.findall('(?i)straße', 'STRASSE Straße'), re.findall('(?x) a b # c', 'ab'))
