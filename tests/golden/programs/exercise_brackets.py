PAIRS = {')': '(', ']': '[', '}': '{'}
def balanced(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in '([{':
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack or stack[-1][0] != PAIRS[ch]:
                return f'mismatch at {i}'
            stack.pop()
    return 'ok' if not stack else f'unclosed {stack[-1][0]} at {stack[-1][1]}'
for s in ['()', '([]{})', '(]', '((', 'a(b[c]{d}e)f', '', '}{', '{[()()]}', '[(])']:
    print(repr(s), balanced(s))
def generate(n, cur='', opened=0, closed=0, out=None):
    out = [] if out is None else out
    if len(cur) == 2 * n:
        out.append(cur)
    else:
        if opened < n:
            generate(n, cur + '(', opened + 1, closed, out)
        if closed < opened:
            generate(n, cur + ')', opened, closed + 1, out)
    return out
print(generate(3), len(generate(5)))
