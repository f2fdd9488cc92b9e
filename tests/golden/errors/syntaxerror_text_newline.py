# SyntaxError.text keeps the line's newline for parser errors and some
# tokenizer errors, and drops it for others; "was never closed" keeps it
# only when the line is the last one of the source.
sources = [
    'x = (1,\n2\n', 'y=1\nx = (1,\n', 'x = (1,\n', 'x = "abc\ny=1\n',
    'x = """abc\n', 'a b\n', 'a b\nc = 1\n', 'a \\$ b\n', 'if 1:\n    a\n  b\n',
    'f(\n  1,\n', 'x = [1,\n\n', '(1+\n', 'x = (]\n', '0b12\n', '1_\n',
    'x = \u20ac\n', 'x = 1)\n', 'if 1:\n\tx\n        y\n', '  x\n', 'if 1:\nx\n',
    '1abc\n', '0777\n', 'x = (1,', 'a b',
]
for src in sources:
    try:
        compile(src, 'f.py', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, repr(e.text), e.lineno, e.offset, e.msg)
