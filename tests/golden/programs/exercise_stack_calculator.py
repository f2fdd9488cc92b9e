def to_rpn(expr):
    prec = {'+': 1, '-': 1, '*': 2, '/': 2, '^': 3}
    right = {'^'}
    out, ops = [], []
    tokens = expr.replace('(', ' ( ').replace(')', ' ) ').split()
    for t in tokens:
        if t.lstrip('-').replace('.', '', 1).isdigit():
            out.append(t)
        elif t in prec:
            while ops and ops[-1] in prec and (prec[ops[-1]] > prec[t] or (prec[ops[-1]] == prec[t] and t not in right)):
                out.append(ops.pop())
            ops.append(t)
        elif t == '(':
            ops.append(t)
        elif t == ')':
            while ops[-1] != '(':
                out.append(ops.pop())
            ops.pop()
    while ops:
        out.append(ops.pop())
    return out
def eval_rpn(tokens):
    st = []
    for t in tokens:
        if t in '+-*/^':
            b, a = st.pop(), st.pop()
            st.append({'+': a + b, '-': a - b, '*': a * b, '/': a / b, '^': a ** b}[t])
        else:
            st.append(float(t) if '.' in t else int(t))
    return st[0]
for e in ['3 + 4 * 2', '( 3 + 4 ) * 2', '2 ^ 3 ^ 2', '10 / 4 - 1', '1 - 2 - 3', '( 1.5 + 2.5 ) * ( 2 - 3 )']:
    rpn = to_rpn(e)
    print(f'{e:<26} {" ".join(rpn):<22} {eval_rpn(rpn)}')
