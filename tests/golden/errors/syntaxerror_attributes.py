try:
    compile('x = (1,\n2\ny = 3', 'file.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
    print(e.filename, e.lineno, e.offset)
    print(repr(e.text))
try:
    compile('a b', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text), e.end_offset)
    print(str(e))
try:
    exec('def g():\n\treturn 1\n        return 2')
except (TabError, IndentationError) as e:
    print(type(e).__name__, e.msg)
try:
    compile('if 1:\nprint(2)', 'ind.py', 'exec')
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
