import sys
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=' -- ', end='!\n')
print('no newline', end='')
print(' <- continued')
print()
print(1, 2.5, None, [1], sep=',')
print(*range(5))
print(*range(5), sep='\n')
print('to stdout', file=sys.stdout, flush=True)
print('to stderr', file=sys.stderr)
print('', end='')
print('x', end='', sep='y')
print()
print(sep='ignored', end='only end\n')
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('hello', 'there', file=w)
print(w.parts)
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
print(None, end=None)
print('end None gives newline')
