n = 1234567
for spec in ['', 'd', '10', '<10', '>10', '^10', '010', '+', '-', ' ', ',', '_', 'x', 'X', 'o', 'b',
             '#x', '#o', '#b', '#X', '08x', '_b', 'c', 'n', '=+12', 'e', '.2f', '%']:
    print(repr(spec), repr(format(n if spec != 'c' else 65, spec)))
for spec in ['', 's', '10', '<10', '>10', '^10', '.2', '*^9', '-<6']:
    print(repr(spec), repr(format('hey', spec)))
try:
    format('s', 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(3, 's')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, 'd')
except ValueError as e:
    print(type(e).__name__, e)
print(format(True, ''), format(True, 'd'), format(None, ''), format(-5, '010'), format(-5, '<010'))
