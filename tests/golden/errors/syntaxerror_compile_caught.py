samples = ['x = ', 'def f(:', '1 +* 2', 'return 5', 'for x in', 'a = [1, 2', "s = 'abc", 'if True:\npass',
           'x = 1\n  y = 2', 'class', 'break', 'f(**x, *y)', 'lambda x: yield', '1 = x', 'del 1',
           'x += 1 = 2', 'import', 'from x import', 'nonlocal x', 'def f(a, a): pass', "f'{'", '(]']
for s in samples:
    try:
        compile(s, '<test>', 'exec')
        print(repr(s), 'compiled')
    except SyntaxError as e:
        print(repr(s), type(e).__name__, '|', e.msg, '|', e.lineno)
