for src in ['def f():\n    x = 1\n    global x\n',
            'def f():\n    nonlocal q\n',
            'def f(a):\n    global a\n',
            'x = 1\ndef f():\n    print(x)\n    global x\n']:
    try:
        compile(src, '<scope>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
def ok():
    global fresh_global
    fresh_global = 'made'
ok()
print(fresh_global)
def outer():
    a = 1
    def inner():
        nonlocal a
        a = 2
        def innermost():
            nonlocal a
            a = 3
        innermost()
    inner()
    return a
print(outer())
