import sys
n = sys.stdout.write('written directly\n')
print(n)
sys.stdout.write('no newline ')
sys.stdout.write('then newline\n')
sys.stdout.flush()
print(sys.stdout.writable(), sys.stdin.readable())
print(sys.stdout.encoding.lower().replace('-', ''))
sys.stdout.writelines(['a\n', 'b\n'])
old = sys.stdout
class Cap:
    def __init__(self): self.buf = []
    def write(self, s): self.buf.append(s); return len(s)
    def flush(self): pass
cap = Cap()
sys.stdout = cap
print('captured', 123)
sys.stdout = old
print(cap.buf)
print(sys.stdin.read() == '')
