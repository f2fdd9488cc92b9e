import re
for p in ['*','a**','(a','a)','[a','\\q','(?P<1a>x)','(?P=x)','(?P<a>x)(?P<a>y)','[z-a]','(?<=a+)b','a(?i)b','(?z)','(?i','(?-i)','(?i-i:a)','(?P','(?Px)','(?<x)','\\1','(a)\\2','(a\\1)','x{2,1}','\\x4','[\\d-z]','(?(2)a|b)(c)','(?(1)a|b|c)','\\', 'a{1,2}{3}','(?#abc','\\777', 'a\nb)', '(?(x)a)', '(?(0)a)','(?(1a)a)', '(?P<>a)','(?P<a','(?L)a','(?au:a)', '(?x: a', '(?i:a', '(?-:a)', '(?i-:a)','[]','[^]','(?:','(', '^*', '\\b+', '\\u12', '[\\8]']:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), repr(str(e)), e.msg, e.pos, e.lineno, e.colno)
for t in [r'\x41', r'\g<1', r'\g', r'\9', r'\g<x>', r'\g<1x>', '\\', r'\400', r'\0', r'\11', r'\n\b', r'\g<0>\-\1']:
    try:
        print(repr(t), repr(re.sub('(a)', t, 'a')))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
for call in [lambda: re.compile(b'\\u1234'), lambda: re.compile('a', re.L), lambda: re.compile(b'a', re.U), lambda: re.compile('a', re.A | re.U),
             lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a'), lambda: re.search('a', 5), lambda: re.compile(5),
             lambda: re.compile(re.compile('a'), re.I), lambda: re.search('(a)', 'a').group(2), lambda: re.search('(a)', 'a').group('x'),
             lambda: re.sub('a', 5, 'a'), lambda: re.sub('a', lambda m: 5, 'a')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
