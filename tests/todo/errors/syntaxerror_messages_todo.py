# Malformed sources where pith's SyntaxError still differs from CPython's
# (message, class or position); move cases to
# tests/golden/errors/syntaxerror_messages_many.py as they are fixed.
CASES = [
    '{**x for x in y}',
    'with (a as b, c as d: pass',
    'class C(x for x in y): pass',
    "f'{lambda x: 1}'",
    'x = (yield) = 1',
    'x = 1 not 2',
    'x = 1 <> 2',
    '\x00',
    'x = 1\x00',
    "x = '\x00'",
    '# -*- coding: no-such-codec -*-\nx = 1',
    '\ufeffx = 1\n\ufeffy',
    'x = 1\xa0+ 2',
    'x = 1\u200b',
    'def f[T](x): pass',
]

for src in CASES:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "-> compiled")
    except (SyntaxError, ValueError) as e:
        print(repr(src), "->", type(e).__name__, repr(getattr(e, 'msg', str(e))), getattr(e, 'lineno', None), getattr(e, 'offset', None))
