import sys
print('stdout line')
sys.stderr.write('stderr line\n')
print('stderr writable', sys.stderr.writable())
print(sys.stderr.fileno(), sys.stdout.fileno(), sys.stdin.fileno())
