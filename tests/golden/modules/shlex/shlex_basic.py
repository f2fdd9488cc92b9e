import shlex
cases = ['a b c', 'ls -l "my file.txt"', "echo 'single quoted' and\\ escaped", 'x="a b"c d', 'a # comment', '"nested \\"q\\" here"', "it's", '  lead  trail  ', '', 'a\\\\b', "'a\\b'", '"a\\b"', 'semi;colon|pipe&&and']
for c in cases:
    try:
        print(repr(c), shlex.split(c), shlex.split(c, comments=True))
    except ValueError as e:
        print(repr(c), 'ValueError', e)
print(shlex.split('a "b c" d', posix=False), shlex.split("a 'b' c", posix=False))
print(shlex.quote(''), shlex.quote('abc'), shlex.quote('a b'), shlex.quote("it's"), shlex.quote('$HOME'), shlex.quote('safe-chars_@%+=:,./'))
print(shlex.join(['echo', 'hello world', "it's", '']))
lex = shlex.shlex('a && b; c || d > out.txt', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('foo bar=baz "q str" # comment\nnext line')
print([(t, lex.lineno) for t in lex])
lex = shlex.shlex('x y z', posix=True)
print(lex.get_token(), end=' '); lex.push_token('pushed'); print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('abc', infile='f.txt'); print(lex.error_leader(), lex.error_leader('g', 9))
lex = shlex.shlex('a,b:c', posix=True); lex.whitespace = ',:'; lex.whitespace_split = True; print(list(lex))
