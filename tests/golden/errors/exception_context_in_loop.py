errors = []
for i, fn in enumerate([lambda: 1 / 0, lambda: [][1], lambda: {}['k'], lambda: int('x'), lambda: None.x]):
    try:
        fn()
    except Exception as e:
        errors.append((i, type(e).__name__, str(e)))
for row in errors:
    print(row)
def chain():
    try:
        try:
            raise KeyError('first')
        except KeyError as e1:
            raise ValueError('second') from e1
    except ValueError as e2:
        raise RuntimeError('third') from e2
try:
    chain()
except RuntimeError as e:
    cur, names = e, []
    while cur is not None:
        names.append(f'{type(cur).__name__}({cur})')
        cur = cur.__cause__
    print(' <- '.join(names))
